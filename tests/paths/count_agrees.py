"""`toc paths` counts the same pathways as networkx does from the JSON export.

Usage: count_agrees.py <toc> <model> [--from ID] [--to ID]

networkx lists every simple path over the non-feedback links. With --from, from that node to
--to (or to any impact). With --to alone, from every activity, and from every other node with no
incoming link along paths that pass through no activity (the rule docs/paths-export-init.md
states). The total must equal "total" in `toc paths --format json`. Exits 1 when they differ.
"""
import argparse
import json
import subprocess
import sys

import networkx


def toc_json(*args):
    return json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("toc")
    parser.add_argument("model")
    parser.add_argument("--from", dest="start")
    parser.add_argument("--to", dest="end")
    args = parser.parse_args()

    model = toc_json(args.toc, "export", args.model, "--format", "json")
    kind = {node["id"]: node["kind"] for node in model["nodes"]}
    graph = networkx.DiGraph()
    graph.add_nodes_from(kind)
    graph.add_edges_from((l["from"], l["to"]) for l in model["links"] if not l["feedback"])
    ends = [args.end] if args.end else [n for n, k in kind.items() if k == "impact"]

    def count(graph, start):
        return sum(len(list(networkx.all_simple_paths(graph, start, end))) for end in ends if end in graph)

    if args.start:
        expected = count(graph, args.start)
    else:
        expected = 0
        for node, k in kind.items():
            if k == "activity":
                expected += count(graph, node)
            elif graph.in_degree(node) == 0:
                keep = [n for n in graph if kind[n] != "activity" or n == args.end]
                expected += count(graph.subgraph(keep + [node]), node)

    query = ["--from", args.start] if args.start else []
    query += ["--to", args.end] if args.end else []
    found = toc_json(args.toc, "paths", args.model, *query, "--format", "json", "--limit", "1")["total"]
    if found != expected:
        sys.exit(f"toc paths counts {found} pathways, networkx {expected}")
    print(f"{args.model} {' '.join(query)}: {found} pathways")


main()
