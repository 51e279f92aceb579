#!/usr/bin/env bash
# Runs a hasim sweep on a Slurm cluster: a job array with one task per shard (hasim sweep --shard K/N),
# then a merge job that starts only when every shard succeeded (--dependency=afterok), and waits for it.
# The output folder must be on a file system that every node sees. See docs/scale-out.md.
#
#   scripts/slurm-sweep.sh -n 8 -o /shared/sweeps/drain -- scenarios/whatif/four-node-drain.yaml \
#       --variant shared-network --param 'cluster.networks[0].bandwidth=100Mbit/s,1Gbit/s,10Gbit/s'
#
# Exit status: 0 when results.json was merged; 1 when a shard failed (the missing shards are named);
# 2 for bad usage or a sweep that does not check out (nothing is submitted then).
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: slurm-sweep.sh [options] [--] SCENARIO [hasim sweep options: --param, --set, --variant, ...]
  -n, --shards N        array tasks, one shard each (default 4)
  -o, --out DIR         shared output folder for partial files and results (required)
  -p, --partition NAME  Slurm partition (default: the cluster's default)
  -c, --cpus N          CPUs per array task; hasim uses them as --threads (default 2)
  -t, --time LIMIT      time limit per array task (default 04:00:00)
  -A, --account NAME    Slurm account
      --no-wait         submit and return (print the job ids) instead of waiting for the merge
environment: HASIM  command that runs hasim (default: java -jar <repo>/cli/target/hasim.jar)
             HASIM_SLURM_POLL  seconds between checks while waiting (default 10)
USAGE
}

shards=4 out="" partition="" cpus=2 limit="04:00:00" account="" wait=1
while [ $# -gt 0 ]; do
  case "$1" in
    -n|--shards) shards=$2; shift 2 ;;
    -o|--out) out=$2; shift 2 ;;
    -p|--partition) partition=$2; shift 2 ;;
    -c|--cpus) cpus=$2; shift 2 ;;
    -t|--time) limit=$2; shift 2 ;;
    -A|--account) account=$2; shift 2 ;;
    --no-wait) wait=0; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    -*) echo "slurm-sweep: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 1 ] || [ -z "$out" ]; then usage >&2; exit 2; fi
case "$shards" in ''|*[!0-9]*|0) echo "slurm-sweep: --shards must be a positive integer" >&2; exit 2 ;; esac
for arg in "$@"; do
  case "$arg" in --shard|--shard=*|--out|--out=*|--resume|--goal|--goal=*)
    echo "slurm-sweep: do not pass $arg; the script sets --shard, --out and --resume (goal searches are not sharded)" >&2
    exit 2 ;;
  esac
done

submit_dir=$PWD
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -z "${HASIM:-}" ]; then
  jar="$root/cli/target/hasim.jar"
  if [ ! -f "$jar" ]; then
    echo "slurm-sweep: $jar not found; build it first: (cd $root && ./mvnw -B -q package -DskipTests)" >&2
    exit 2
  fi
  HASIM="java -jar $jar"
fi
for tool in sbatch squeue; do
  command -v "$tool" >/dev/null || { echo "slurm-sweep: $tool not found (is Slurm installed?)" >&2; exit 2; }
done

mkdir -p "$out"
out=$(cd "$out" && pwd)
last=$((shards - 1))

# Check every design point here, so a bad value fails now instead of in N array tasks.
$HASIM sweep "$@" --shard "0/$shards" --out "$out" --dry-run

quoted=$(printf '%q ' "$@")
# The job files carry their own #SBATCH settings, so that resubmitting one shard by hand
# (sbatch --array=K shard.sbatch) gets the same CPUs, time limit, log folder, partition and account.
directives() {  # job name, CPUs, time limit, log file pattern
  printf '#SBATCH --job-name=%s\n#SBATCH --cpus-per-task=%s\n#SBATCH --time=%s\n#SBATCH --output="%s"\n' "$@"
  [ -n "$partition" ] && printf '#SBATCH --partition=%s\n' "$partition"
  [ -n "$account" ] && printf '#SBATCH --account=%s\n' "$account"
  return 0
}
{
  echo '#!/usr/bin/env bash'
  directives hasim-sweep "$cpus" "$limit" "$out/slurm-%A_%a.out"
  cat <<JOB
# One shard of the sweep; --resume keeps the tasks a previous attempt of this shard finished.
set -euo pipefail
cd $(printf '%q' "$submit_dir")
exec $HASIM sweep $quoted --shard "\${SLURM_ARRAY_TASK_ID}/$shards" --out $(printf '%q' "$out") \\
  --resume --threads "\${SLURM_CPUS_PER_TASK:-1}"
JOB
} > "$out/shard.sbatch"
{
  echo '#!/usr/bin/env bash'
  directives hasim-merge 1 00:30:00 "$out/slurm-merge-%j.out"
  cat <<JOB
# Combines the $shards partial files into results.json; fails (naming the missing shards) if one is absent.
set -euo pipefail
shopt -s nullglob
cd $(printf '%q' "$out")
partials=(shard-*-of-$shards.jsonl)
if [ \${#partials[@]} = 0 ]; then echo "no shard wrote its partial file" >&2; exit 1; fi
$HASIM merge "\${partials[@]}" --out .
touch merge.ok
JOB
} > "$out/merge.sbatch"
rm -f "$out/merge.ok"

array=$(sbatch --parsable --array="0-$last" "$out/shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes "$out/merge.sbatch")
merge=${merge%%;*}
echo "slurm-sweep: submitted array job $array (shards 0-$last) and merge job $merge (afterok:$array)"
echo "slurm-sweep: partial files and logs in $out"
if [ "$wait" = 0 ]; then
  exit 0
fi

# Until the merge job has ended: it leaves squeue's default listing then, or (on some versions and with
# --jobs) is listed in a final state for a few minutes.
while state=$(squeue -h -j "$merge" -o %T 2>/dev/null) && [ -n "$state" ]; do
  case "$state" in
    COMPLETED|FAILED|CANCELLED*|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|PREEMPTED|BOOT_FAIL|DEADLINE) break ;;
  esac
  sleep "${HASIM_SLURM_POLL:-10}"
done
if [ -f "$out/merge.ok" ]; then
  echo "slurm-sweep: done: $out/results.json"
  exit 0
fi
echo "slurm-sweep: the merge job did not succeed (a shard failed, so afterok was never satisfied);" \
  "checking the partial files:" >&2
cd "$out"
shopt -s nullglob
partials=(shard-*-of-"$shards".jsonl)
if [ ${#partials[@]} = 0 ]; then
  echo "slurm-sweep: no shard wrote its partial file; see $out/slurm-*.out" >&2
  exit 1
fi
status=0
$HASIM merge "${partials[@]}" --out . || status=$?
if [ "$status" = 0 ]; then
  echo "slurm-sweep: merged locally: $out/results.json"
  exit 0
fi
echo "slurm-sweep: rerun a failed shard K with: sbatch --array=K $(printf '%q' "$out/shard.sbatch")," \
  "then merge with: sbatch $(printf '%q' "$out/merge.sbatch")" >&2
exit 1
