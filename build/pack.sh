#!/usr/bin/env bash
# Packs the plugin SDK (ConsultEngine.Abstractions), the test harness (ConsultEngine.Testing, with the
# tool test bench) and the engine packages it depends on, and the `dotnet new` templates
# (ConsultEngine.Templates), into a local folder feed:
#
#   ./build/pack.sh                 # -> artifacts/packages/*.nupkg
#   ./build/pack.sh DIR [ARGS...]   # -> DIR; ARGS go to dotnet pack (e.g. -p:PackageVersion=1.2.0-local.1)
#
# Release build; running it again overwrites the packages of the same version. Only restore goes to
# the network (nuget.org, for the engine's own dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/packages}"
shift || true
mkdir -p "$out"
out="$(cd "$out" && pwd)"
dotnet pack build/ConsultEngine.Packages.slnx -c Release --nologo -p:PackageOutputPath="$out/" "$@"
ls -1 "$out"/*.nupkg
