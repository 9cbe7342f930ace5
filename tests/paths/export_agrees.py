"""The two exports of a model agree with each other and with `toc check`, read by other tools.

Usage: export_agrees.py <toc> <model> <scratch folder>

Exports the model as JSON and as GraphML, then checks, independently of toc's own code:
- the GraphML is well-formed XML (xmllint --noout) and networkx reads it;
- the JSON parses and has the documented header ("format": "toc-model", "version": 1);
- networkx finds the same nodes and edges (ids and ends) as the JSON lists, and as many as
  the summary line of `toc check` counts;
- every title, assumption and evidence text comes through GraphML as the JSON has it (with the
  characters XML 1.0 cannot carry replaced by U+FFFD), so no text was cut or injected.
Exits 1 with a message on the first disagreement.
"""
import json
import os
import re
import subprocess
import sys

import networkx

# Characters XML 1.0 cannot carry, which the GraphML export replaces by U+FFFD.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result.stdout


def as_xml_carries(text):
    # XML parsers also turn a line's \r\n into \n unless the \r was written as &#13;, which the
    # export does; so \r must survive as it is.
    return NOT_XML.sub("\ufffd", text)


def expect(what, got, wanted):
    if got != wanted:
        sys.exit(f"{what}: GraphML/check has {got!r}, JSON has {wanted!r}")


def main():
    toc, model, scratch = sys.argv[1:4]
    os.makedirs(scratch, exist_ok=True)
    graphml_path = os.path.join(scratch, "model.graphml")
    run(toc, "export", model, "--format", "graphml", "-o", graphml_path)
    run("xmllint", "--noout", graphml_path)
    exported = json.loads(run(toc, "export", model, "--format", "json"))
    expect("header", (exported["format"], exported["version"]), ("toc-model", 1))

    graph = networkx.read_graphml(graphml_path)
    expect("node ids", sorted(graph.nodes), sorted(n["id"] for n in exported["nodes"]))
    expect("edges", sorted(graph.edges), sorted((l["from"], l["to"]) for l in exported["links"]))

    summary = run(toc, "check", model).strip().splitlines()[-1]
    counted = re.search(r"(\d+) nodes?, (\d+) links?", summary)
    if not counted:
        sys.exit(f"no node and link counts in the check summary: {summary}")
    expect("node count", graph.number_of_nodes(), int(counted.group(1)))
    expect("link count", graph.number_of_edges(), int(counted.group(2)))

    for node in exported["nodes"]:
        data = graph.nodes[node["id"]]
        expect(f"title of {node['id']}", data.get("title"), as_xml_carries(node["title"]))
        expect(f"kind of {node['id']}", data.get("kind"), node["kind"])
        expect(f"level of {node['id']}", data.get("level"), node["level"])
    for link in exported["links"]:
        data = graph.edges[link["from"], link["to"]]
        for key in ("assumption", "evidence"):
            expect(f"{key} of {link['from']} -> {link['to']}", data.get(key, ""), as_xml_carries(link[key]))
        expect(f"feedback of {link['from']} -> {link['to']}", data.get("feedback"), link["feedback"])
    print(f"{model}: {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges agree")


main()
