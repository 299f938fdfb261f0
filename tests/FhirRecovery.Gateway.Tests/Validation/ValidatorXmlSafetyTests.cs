using System.Text;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace FhirRecovery.Gateway.Tests.Validation;

/// <summary>The gateway refuses a DOCTYPE before the validator sees it; this checks the second line of defence, the
/// validator the gateway runs, on its own: a DOCTYPE or entity is unreadable, never expanded.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ValidatorXmlSafetyTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE Patient [<!ENTITY name "Expanded">]><Patient xmlns="http://hl7.org/fhir"><id value="&name;"/></Patient>""")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE Patient [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><Patient xmlns="http://hl7.org/fhir"><id value="&xxe;"/></Patient>""")]
    public void Validate_XmlWithDoctype_IsUnreadable(string body)
    {
        var validator = fixture.Host.App.Services.GetRequiredService<DefinitionsState>().Ready!.Validator;

        var result = validator.Validate(Encoding.UTF8.GetBytes(body), FhirFormat.Xml, ValidationRequest.Base);

        Assert.True(result.IsUnreadable);
        Assert.Null(result.Resource);
    }
}
