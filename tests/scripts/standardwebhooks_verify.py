"""Verifies one delivery with the Standard Webhooks reference library (PyPI `standardwebhooks`).

Reads {"secret", "headers", "body"} as JSON on stdin; exits 0 and prints "verified" when the
signature holds, 1 with the library's error otherwise, 3 when the library is not installed.
"""
import json
import sys

try:
    from standardwebhooks.webhooks import Webhook
except ImportError:
    print("standardwebhooks is not installed (pip install standardwebhooks)", file=sys.stderr)
    sys.exit(3)

delivery = json.load(sys.stdin)
try:
    payload = Webhook(delivery["secret"]).verify(delivery["body"], delivery["headers"])
except Exception as e:  # the library raises its own WebhookVerificationError
    print(f"not verified: {e}", file=sys.stderr)
    sys.exit(1)
print("verified", payload["type"])
