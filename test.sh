#!/usr/bin/env bash
# The test command: every test project of the solution, with TRX results. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"
export SNAPSHOOTER_STRICT_MODE="${SNAPSHOOTER_STRICT_MODE:-${CI:+true}}"
exec dotnet test ConsultEngine.sln --logger "trx;LogFilePrefix=tests" --logger "console;verbosity=normal" "$@"
