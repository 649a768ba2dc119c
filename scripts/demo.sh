#!/usr/bin/env bash
# The main job on the embedded default: a provider's day in one run, against a
# fresh SQLite data dir. Screens parties against the bundled US Consolidated
# Screening List, classifies chips and answers the rental question, resolves
# an ownership chain, links shell companies, builds a fleet, rents GPUs, bills
# them and verifies the tamper-evident audit log.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked -q -p leasegate
lg="$PWD/target/release/leasegate"
data="${LEASEGATE_DEMO_DIR:-$(mktemp -d -t leasegate-demo.XXXXXX)}"
ex="$PWD/examples/demo"
export LEASEGATE_DATA_DIR="$data"
unset LEASEGATE_DATABASE_URL

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ leasegate %s\n' "$*"; "$lg" "$@"; }

say "Data dir: $data (SQLite, embedded default)"
run lists status

say "Screening: who is on a restricted-party list?"
run screen "华为技术有限公司" --limit 3
run screen "Sense Time Group" --schema company --limit 3
run screen "김정은" --schema person --limit 3
run screen "Acme Robotics GmbH" --country DE --limit 3 || true
run screen --input "$ex/customers-screen.jsonl" --format jsonl

say "Chips: ECCN classification and the rental question"
run chips list --format table
run chips rental --chip h100-sxm --hq CN
run chips rental --chip h100-sxm --hq DE
run chips license --chip h20 --country CN

say "Ownership: the 50% rule through a holding chain"
run ownership resolve --entities "$ex/entities.csv" --ownership "$ex/ownership.csv" --format jsonl

say "Linkage: shell companies behind different names"
run linkage run --customers "$ex/linkage.jsonl" --format jsonl
run linkage explain --customers "$ex/linkage.jsonl" --id shell-b

say "Fleet, prices, customers"
run db migrate
run fleet add-site --id fra1 --country DE
run fleet add-node --site fra1 --id fra1-n1 --chip h100-sxm --gpus 8
run fleet add-node --site fra1 --id fra1-n2 --chip h100-sxm --gpus 8
run prices set --chip h100-sxm --on-demand 2.50 --reserved 1.90 --currency USD
run customers add --id acme --name "Acme AI GmbH" --country DE
run fleet list

say "Leases: eight H100s for a day, then more than the fleet has"
run leases create --customer acme --chip h100-sxm --gpus 8 --hours 24 --idempotency-key demo-1 --format json
run leases create --customer acme --chip h100-sxm --gpus 8 --hours 24 --idempotency-key demo-1 --format json
run leases activate ls-000001
run leases create --customer acme --chip h100-sxm --gpus 4 --hours 720 --kind reserved
if run leases create --customer acme --chip h100-sxm --gpus 16 --hours 24; then
  echo "unexpected: capacity was not short" >&2; exit 1
else
  echo "(refused as expected: no_capacity)"
fi
run leases list
run fleet calendar

say "Billing and audit"
run invoices list
run audit verify
run audit export | tail -n 2

say "Done. Everything above is stored in $data"
