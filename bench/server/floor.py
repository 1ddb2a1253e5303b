#!/usr/bin/env python3
"""The database floor of a document: the very statements a server issued for its requests,
replayed straight against PostgreSQL with pgbench at the same concurrency.

For each request body of BODIES (one JSON body a line, as load.sh writes them; the first
`--requests` of them), the document is sent once to the server, whose database logs every
statement (`log_min_duration_statement = 0`); the statements and bound parameters logged
for that request become one pgbench script (parameters written in as literals, which is
how PostgreSQL logs them). pgbench then runs the scripts, picked at random, as
"transactions" of one request each, and this prints a Markdown row per concurrency:
requests/s and the median latency of a request's statements.

    floor.py --url http://127.0.0.1:8091/graphql --database sessionql_bench \
        --log /var/log/postgresql/postgresql-15-main.log --bodies UserSessions.bodies \
        --name UserSessions --seconds 10
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile
import time
import urllib.request

ENTRY = re.compile(r"^\S+ \S+ \S+ \[\d+\] (\S+)@(\S+) (LOG|DETAIL):  (.*)$")
EXECUTE = re.compile(r"duration: [0-9.]+ ms  execute [^:]*: (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = ((?:'(?:[^']|'')*')|NULL)")


def read_new(log):
    text = b""
    while True:
        time.sleep(0.01)
        chunk = log.read()
        if not chunk:
            return text.decode("utf-8", "replace").splitlines()
        text += chunk


def statements(lines, database):
    """(sql, {n: literal}) for each statement executed on `database`, in order."""
    entries = []
    for line in lines:
        match = ENTRY.match(line)
        if match:
            entries.append([match.group(2), match.group(3), match.group(4)])
        elif line.startswith("\t") and entries:
            entries[-1][2] += "\n" + line[1:]
    found = []
    after_execute = False
    for db, kind, text in entries:
        if db != database:
            continue
        if kind == "LOG":
            execute = EXECUTE.match(text)
            after_execute = execute is not None
            if execute:
                found.append([execute.group(1), {}])
        elif kind == "DETAIL" and text.startswith("parameters:") and after_execute:
            # The parameters logged after a statement's execute line (a bind line has its own).
            found[-1][1] = {int(n): value for n, value in PARAMETER.findall(text)}
            after_execute = False
    return found


def inline(sql, parameters):
    # Highest numbers first, so that $1 never eats the start of $12.
    for number in sorted(parameters, reverse=True):
        sql = sql.replace(f"${number}", parameters[number])
    return sql


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--bodies", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", default="1,16,64")
    parser.add_argument("--mode", default="extended", choices=["extended", "prepared"],
                        help="pgbench's protocol: extended (parsed and planned each time, as an unnamed "
                             "statement) or prepared (named statements, parsed once per connection)")
    args = parser.parse_args()

    with open(args.bodies) as f:
        bodies = [line.strip() for line in f if line.strip()][: args.requests]
    log = open(args.log, "rb")
    log.seek(0, os.SEEK_END)
    work = tempfile.mkdtemp()
    scripts = []
    for index, body in enumerate(bodies):
        read_new(log)
        fields = {"Content-Type": "application/json"}
        if os.environ.get("BENCH_KEY"):
            fields["Authorization"] = f"Bearer {os.environ['BENCH_KEY']}"
        request = urllib.request.Request(args.url, data=body.encode(), headers=fields)
        with urllib.request.urlopen(request) as response:
            response.read()
        found = statements(read_new(log), args.database)
        # A request that shared its window with the rollup's fold is left out.
        if not found or any(sql.strip().upper() in ("BEGIN", "COMMIT") for sql, _ in found):
            continue
        path = os.path.join(work, f"request{index}.sql")
        with open(path, "w") as out:
            for sql, parameters in found:
                out.write(inline(sql, parameters).strip().rstrip(";") + ";\n")
        scripts.append(path)

    for connections in [int(c) for c in args.connections.split(",")]:
        prefix = os.path.join(work, f"c{connections}")
        command = ["pgbench", "-n", "-h", "127.0.0.1", "-U", "sessionql", "-M", args.mode,
                   "-c", str(connections), "-j", str(min(connections, 2)), "-T", str(args.seconds),
                   "-l", "--log-prefix", prefix]
        for script in scripts:
            command += ["-f", script]
        command.append(args.database)
        output = subprocess.run(command, capture_output=True, text=True,
                                env=dict(os.environ, PGPASSWORD="sessionql"), check=True).stdout
        tps = float(re.search(r"tps = ([0-9.]+)", output).group(1))
        latencies = []
        for name in os.listdir(work):
            if name.startswith(os.path.basename(prefix) + "."):
                with open(os.path.join(work, name)) as f:
                    latencies += [int(line.split()[2]) / 1000 for line in f if line.strip()]
        print(f"| floor | {args.name} | {connections} | {tps:.0f} | {statistics.median(latencies):.2f} ms | "
              f"{sorted(latencies)[int(len(latencies) * 0.99)]:.2f} ms | {len(scripts)} requests' statements |")


if __name__ == "__main__":
    main()
