#!/usr/bin/env bash
# Regenerates the migrations of both providers from the model. Only for use BEFORE the first
# release (no database to upgrade yet); after that, add migrations with `dotnet ef migrations add`.
set -euo pipefail
cd "$(dirname "$0")/../src/Gongkai.Web"
dotnet tool restore >/dev/null
rm -rf Data/Migrations
dotnet build -v q -nologo >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add Initial --no-build --context "${provider}GongkaiDbContext" --output-dir "Data/Migrations/$provider" >/dev/null
  dotnet build -v q -nologo >/dev/null
  dotnet ef migrations add AuditAppendOnly --no-build --context "${provider}GongkaiDbContext" --output-dir "Data/Migrations/$provider" >/dev/null
  file=$(ls Data/Migrations/$provider/*_AuditAppendOnly.cs)
  postgres=$([ "$provider" = Postgres ] && echo true || echo false)
  python3 - "$file" "$postgres" <<'PY'
import re, sys
path, pg = sys.argv[1], sys.argv[2]
src = open(path, encoding="utf-8").read()
src = re.sub(r"(void Up\(MigrationBuilder migrationBuilder\)\s*\{)\s*\}", r"\1\n            Gongkai.Web.Features.Audit.AuditTriggers.Create(migrationBuilder, postgres: %s);\n        }" % pg, src)
src = re.sub(r"(void Down\(MigrationBuilder migrationBuilder\)\s*\{)\s*\}", r"\1\n            Gongkai.Web.Features.Audit.AuditTriggers.Drop(migrationBuilder, postgres: %s);\n        }" % pg, src)
open(path, "w", encoding="utf-8").write(src)
PY
done
dotnet build -v q -nologo >/dev/null
echo "migrations regenerated: $(ls Data/Migrations/*/ | grep -c '\.cs$') files"
