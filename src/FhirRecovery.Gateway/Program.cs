using FhirRecovery.Gateway.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFhirRecovery();

var app = builder.Build();
app.MapFhirGateway();
return await app.RunFhirGatewayAsync();
