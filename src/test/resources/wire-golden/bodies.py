#!/usr/bin/env python3
"""Reads `aws --debug` output on stdin and prints each request's form body, one per line, exactly as sent.

botocore logs the parameters it is about to send (a dict, in the order it writes them) and, in the
canonical request it signs, the SHA-256 of the body it sends. Each body is rebuilt from the dict the
way botocore encodes it and is printed only if its hash is the one botocore signed, so what is
recorded is the byte-exact body, not a guess.
"""
import ast
import hashlib
import re
import sys
from urllib.parse import urlencode

MARKER = "'body': "


def logged_dicts(text):
    for line in text.splitlines():
        if "Making request for OperationModel" not in line or MARKER not in line:
            continue
        start = line.index(MARKER) + len(MARKER)
        end = line.index("}", start)
        while True:  # the dict ends at the first closing brace after which it parses
            try:
                yield ast.literal_eval(line[start : end + 1])
                break
            except (SyntaxError, ValueError):
                end = line.index("}", end + 1)


def signed_payload_hashes(text):
    # The canonical request's last line is the payload hash; the block ends where the next log line starts.
    for block in re.findall(r"CanonicalRequest:\n(.*?)\n\d{4}-\d{2}-\d{2} ", text, re.S):
        yield block.strip().splitlines()[-1]


def main():
    text = sys.stdin.read()
    bodies = [urlencode(list(params.items()), doseq=True) for params in logged_dicts(text)]
    hashes = list(signed_payload_hashes(text))
    if len(bodies) != len(hashes):
        sys.exit(f"found {len(bodies)} request bodies but {len(hashes)} signed payload hashes")
    for body, signed in zip(bodies, hashes):
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != signed:
            sys.exit(f"rebuilt body does not match the signed payload hash: {body}")
        print(body)


main()
