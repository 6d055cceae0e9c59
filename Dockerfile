# ConsultEngine's web host as a container image (portal, designer, console, API).
#
# NOT RUN ON THE DEVELOPMENT MACHINES: they have no container runtime and no image registry, so this file
# has never been built there. It repeats the publish steps of docs/deploy.md, which are checked; build and
# start it once where Docker runs before relying on it. See docs/deploy.md ("Containers").
#
#   docker build -t consultengine .
#   docker run -p 8080:8080 -v consult-data:/app/App_Data consultengine

# --- build: the SDK pinned by global.json (rollForward latestFeature) ---
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The tool plugins are copied beside the build output (build/ConsultEngine.Plugins.targets), not into the
# publish folder: they are taken along, with the definitions the host loads at start.
RUN dotnet publish designer/ConsultEngine.Web/ConsultEngine.Web.csproj -c Release -o /out \
 && cp -r designer/ConsultEngine.Web/bin/Release/net10.0/plugins /out/plugins \
 && cp -r definitions /out/definitions

# --- run: the ASP.NET Core runtime only, as the image's non-root user 'app' ---
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /out ./
# The data folder belongs to 'app' before the volume is mounted, so a fresh volume inherits that owner.
RUN mkdir -p /app/App_Data && chown "$APP_UID:$APP_UID" /app/App_Data && chmod 700 /app/App_Data
USER $APP_UID

# Urls as an environment variable wins over appsettings.json's 127.0.0.1:5080 (ASPNETCORE_URLS would not).
ENV ASPNETCORE_ENVIRONMENT=Production \
    Urls=http://0.0.0.0:8080 \
    ConsultEngine__DatabasePath=/app/App_Data/consult.db \
    ConsultEngine__DefinitionsPath=/app/definitions \
    ConsultEngine__PluginsPath=/app/plugins

# The SQLite file, the data protection keys (keys/) and, unless given by the environment, the identifier
# hash key and the journal key: back it up (keys apart from the database, see docs/deploy.md).
VOLUME ["/app/App_Data"]
EXPOSE 8080

# `docker run --rm -v consult-data:/app/App_Data IMAGE users add NAME --role ROLE` adds staff to the same database.
ENTRYPOINT ["dotnet", "ConsultEngine.Web.dll"]
