#!/usr/bin/python3
"""The Python peer of `toc check` for tools/bench-check: the graph checks an analyst would
write with tomllib and networkx (Debian python3-networkx), run on the same model files.

    /usr/bin/python3 tools/bench/peer_check.py models/x/strategy.toml

Loads the root file and its includes (globs, relative to the including file), builds a
networkx DiGraph, and reports duplicate and unknown ids, orphans, dead ends (no path to an
impact), unsupported outcomes and impacts (no path from an input or activity), cycles
(strongly connected components, as toc's linear search does, not every simple cycle) and
outcomes and impacts without an indicator. Prints one JSON summary of the counts; exit 0.
It has no source positions, no messages, no type or key checks: it is a floor for what a
quick script does, not a replacement for toc.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx

from bench_common import as_list, load  # the model files, as both Python peers read them

KINDS = ("input", "activity", "output", "outcome", "impact")


def build(documents: list[dict]) -> tuple[nx.DiGraph, dict, list, set]:
    """The graph (node attribute `kind`, edge attribute `feedback`), duplicate ids, unknown
    references and the ids measured by an indicator."""
    graph, duplicates, references, measured = nx.DiGraph(), [], [], set()
    for document in documents:
        for kind in KINDS:
            for node_id, node in document.get(kind, {}).items():
                if node_id in graph:
                    duplicates.append(node_id)
                graph.add_node(node_id, kind=kind)
                for target in as_list(node.get("leads_to")):
                    references.append((node_id, target, False))
    for document in documents:
        for link in document.get("link", []):
            references.append((link.get("from"), link.get("to"), bool(link.get("feedback"))))
        for indicator in document.get("indicator", {}).values():
            measured.update(as_list(indicator.get("measures")))
    unknown = []
    for source, target, feedback in references:
        if source not in graph or target not in graph:
            unknown.append((source, target))
        elif graph.has_edge(source, target):
            graph.edges[source, target]["feedback"] |= feedback
        else:
            graph.add_edge(source, target, feedback=feedback)
    unknown += [i for i in measured if i not in graph]
    return graph, duplicates, unknown, measured


def reachable(graph: nx.DiGraph, starts: list) -> set:
    """Every node reachable from `starts` (included), in one search from all of them: a
    search per start (nx.descendants) would be quadratic on a 100k-node model."""
    seen = set(starts)
    frontier = list(starts)
    while frontier:
        node = frontier.pop()
        for successor in graph.successors(node):
            if successor not in seen:
                seen.add(successor)
                frontier.append(successor)
    return seen


def check(graph: nx.DiGraph, measured: set) -> dict:
    kind = nx.get_node_attributes(graph, "kind")
    forward = graph.edge_subgraph([e for e, f in nx.get_edge_attributes(graph, "feedback").items() if not f])
    forward = nx.DiGraph(forward)
    forward.add_nodes_from(graph.nodes)
    impacts = [n for n in graph if kind[n] == "impact"]
    reaches_impact = reachable(forward.reverse(copy=False), impacts)
    supported = reachable(forward, [n for n in graph if kind[n] in ("input", "activity")])
    return {
        "orphan": sum(1 for n in graph if graph.degree(n) == 0),
        "dead-end": sum(1 for n in graph if kind[n] != "impact" and n not in reaches_impact and graph.degree(n)),
        "unsupported": sum(1 for n in graph if kind[n] in ("outcome", "impact") and n not in supported),
        "cycle": sum(1 for c in nx.strongly_connected_components(forward) if len(c) > 1)
        + nx.number_of_selfloops(forward),
        "missing-indicator": sum(1 for n in graph if kind[n] in ("outcome", "impact") and n not in measured),
    }


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: peer_check.py ROOT.toml", file=sys.stderr)
        return 2
    graph, duplicates, unknown, measured = build(load(Path(sys.argv[1])))
    found = {"duplicate-id": len(duplicates), "unknown-id": len(unknown), **check(graph, measured)}
    print(json.dumps({"nodes": graph.number_of_nodes(), "arrows": graph.number_of_edges(), "found": found}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
