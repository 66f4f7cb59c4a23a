#!/usr/bin/env bash
# Builds and lints every Bicep file under infra/ with the bicep binary carried by the NuGet
# package Azure.Bicep.CommandLine.linux-x64 (decision 11: no az CLI, no internet besides NuGet).
#
# - Fetches the package with a throwaway project and `dotnet restore` (so it uses whatever NuGet
#   source this machine has configured) and caches the binary under .tools/bicep/<version>/.
# - Runs `bicep build` (main.bicep and every module) and `bicep lint` on each file; any error OR
#   warning fails the run. Strictness of the linter comes from infra/bicepconfig.json.
# - Needs only the .NET SDK. Prints one summary line at the end.
#
# Usage: bash scripts/bicep.sh            (BICEP_VERSION=... to override the pinned version)
set -euo pipefail

BICEP_VERSION="${BICEP_VERSION:-0.49.2}"
PACKAGE_ID="Azure.Bicep.CommandLine.linux-x64"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
BICEP="$TOOLS/bicep/$BICEP_VERSION/bicep"
OUT="$TOOLS/bicep/out"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Bicep is a .NET single-file app: without ICU on the machine it needs invariant globalization.
if ! ldconfig -p 2>/dev/null | grep -q libicuuc; then export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1; fi

fetch_bicep() {
  local proj="$TOOLS/bicep/restore"
  mkdir -p "$proj"
  # Isolate the throwaway project from the repository's Directory.*.props (central package
  # management, warnings as errors) by giving it its own empty ones.
  echo '<Project />' > "$proj/Directory.Build.props"
  echo '<Project />' > "$proj/Directory.Build.targets"
  printf '<Project>\n  <PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>\n</Project>\n' \
    > "$proj/Directory.Packages.props"
  cat > "$proj/restore.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$PACKAGE_ID" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
XML
  echo "bicep.sh: restoring $PACKAGE_ID $BICEP_VERSION ..." >&2
  dotnet restore "$proj/restore.csproj" --verbosity quiet >&2
  local packages
  packages="${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed -E 's/^[^:]*: *//')}"
  local pkgdir="${packages%/}/$(echo "$PACKAGE_ID" | tr '[:upper:]' '[:lower:]')/$BICEP_VERSION"
  local found
  found="$(find "$pkgdir" -type f -name bicep | head -n 1)"
  if [[ -z "$found" ]]; then
    echo "bicep.sh: no 'bicep' binary found under $pkgdir" >&2
    exit 2
  fi
  mkdir -p "$(dirname "$BICEP")"
  cp "$found" "$BICEP"
  chmod +x "$BICEP"
}

[[ -x "$BICEP" ]] || fetch_bicep
"$BICEP" --version >&2

mapfile -t FILES < <(cd "$ROOT" && find infra -name '*.bicep' -type f | sort)
if [[ ${#FILES[@]} -eq 0 ]]; then
  echo "bicep: no .bicep files under infra/" >&2
  exit 1
fi

rm -rf "$OUT" && mkdir -p "$OUT"
# `bicep build main.bicep` also reports its modules' diagnostics, and build and lint overlap:
# collect every diagnostic line, de-duplicate, then count.
diags="$OUT/diagnostics.txt"
: > "$diags"
hard_failures=0
for f in "${FILES[@]}"; do
  for verb in build lint; do
    log="$OUT/$(echo "$f" | tr '/' '_').$verb.log"
    args=("$verb" "$f")
    [[ $verb == build ]] && args+=(--outdir "$OUT")
    set +e; (cd "$ROOT" && "$BICEP" "${args[@]}") >"$log" 2>&1; rc=$?; set -e
    # Diagnostics look like: /path/file.bicep(line,col) : Error|Warning|Info CODE: text [link]
    if grep -E ' : (Error|Warning|Info) ' "$log" | sed "s|$ROOT/||" >> "$diags"; then :; fi
    if [[ $rc -ne 0 ]] && ! grep -qE ' : Error ' "$log"; then
      echo "bicep $verb $f exited $rc without a diagnostic:" >&2
      sed 's/^/  /' "$log" >&2
      hard_failures=$((hard_failures + 1))
    fi
  done
done

sort -u "$diags" -o "$diags"
errors=$(( $(grep -cE ' : Error ' "$diags" || true) + hard_failures ))
warnings=$(grep -cE ' : (Warning|Info) ' "$diags" || true)
[[ -s "$diags" ]] && cat "$diags" >&2

summary="bicep $BICEP_VERSION: ${#FILES[@]} files built and linted, $errors errors, $warnings warnings"
if [[ $errors -gt 0 || $warnings -gt 0 ]]; then
  echo "FAILED: $summary"
  exit 1
fi
echo "OK: $summary"
