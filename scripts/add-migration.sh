#!/usr/bin/env bash
# Adds a migration named $1 for both providers, from the one model in src/Bridgework.Web.
#   scripts/add-migration.sh AddTrainingCourses
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Bridgework.Web -v q -nologo >/dev/null
for provider in Sqlite Postgres; do
  BRIDGEWORK_MIGRATIONS_PROVIDER=$provider dotnet ef migrations add "$name" \
    --project "src/Bridgework.Migrations.$provider" \
    --startup-project src/Bridgework.Web \
    --context AppDbContext \
    --output-dir Migrations \
    --no-build
  echo "Added $name for $provider"
done
