#!/usr/bin/env bash
# Fuzzes the case loader (JSON parser, decoder, validator, state machine) with
# libFuzzer for a bounded time. Usage: Tests/Fuzz/run.sh [SECONDS]  (default 45)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-45}"
build="${FUZZ_BUILD_DIR:-.build-fuzz}"
mkdir -p "$build/corpus"
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name CasusCore \
  $(find Sources/CasusCore -name '*.swift' | sort) Tests/Fuzz/FuzzCaseLoader.swift \
  -o "$build/fuzz-case-loader" 2> "$build/build.log" || { cat "$build/build.log"; exit 1; }
# New inputs go to the build folder; the committed corpus only seeds.
CASUSSPEL_CASES="$PWD/Cases" "$build/fuzz-case-loader" \
  -max_total_time="$seconds" -max_len=65536 -timeout=5 -print_final_stats=1 \
  -artifact_prefix="$build/" "$build/corpus" Tests/Fuzz/corpus
