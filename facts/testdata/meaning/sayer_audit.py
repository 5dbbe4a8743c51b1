#!/usr/bin/env python3
"""List every money fact whose sentence has a verb of saying, a quoting ending or a source (따르면/의하면).

The nineteenth round's audit of the sayer (docs/meaning.md, "Decisions, nineteenth round: the sayer"):
each fact listed was read against S1-S7 with no extractor output. Run from the repository root:

    python3 facts/testdata/meaning/sayer_audit.py > /tmp/sayers.tsv

Columns: set, line, id, fact index, amount, role, gold agent, sentence. Counts per set go to stderr.
"""
import glob
import json
import re
import sys

SAYING = re.compile(
    r"(밝혔|밝히|말했|말하|전했|전하|발표했|발표하|설명했|강조했|보고했|추산|집계|예상했|예상된|예상하|"
    r"주장했|주장하|덧붙였|보도했|전망|추정|지적했|언급했|공개했|따르면|의하면|(다|라)고|(다|라)며|(다|라)면서)"
)

files = sorted(glob.glob("facts/testdata/meaning/*.jsonl")) + ["facts/testdata/meaning/incoming/d16.jsonl"]
counts = {}
for path in files:
    name = path.split("/")[-1][: -len(".jsonl")]
    with open(path, encoding="utf-8") as f:
        for line, text in enumerate(f, 1):
            r = json.loads(text)
            if not SAYING.search(r["text"]):
                continue
            for k, fact in enumerate(r["facts"]):
                counts[name] = counts.get(name, 0) + 1
                print("\t".join([name, str(line), r["id"], str(k), fact["text"], str(fact.get("role")),
                                 str(fact.get("agent")), r["text"]]))
print(counts, sum(counts.values()), file=sys.stderr)
