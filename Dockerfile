# Gongkai in a container: built with the .NET SDK image, run on the ASP.NET Core runtime image as
# the images' non-root user. Settings come from environment variables (docs/configuration.md);
# see docs/deployment.md for docker compose with PostgreSQL.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Project files first, so that the restore layer is reused while only code changes.
COPY Directory.Build.props ./
COPY src/Gongkai.Domain/Gongkai.Domain.csproj src/Gongkai.Domain/
COPY src/Gongkai.Web/Gongkai.Web.csproj src/Gongkai.Web/
RUN dotnet restore src/Gongkai.Web/Gongkai.Web.csproj
COPY src/ src/
RUN dotnet publish src/Gongkai.Web/Gongkai.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
# The data directory holds the SQLite database (when used), keys/ (audit-chain and applicant-data
# keys), files/ (attachments) and search/ (the Lucene index): it must outlive the container.
RUN mkdir /data && chown "$APP_UID" /data
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Gongkai__DataDirectory=/data
VOLUME /data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Gongkai.Web.dll"]
