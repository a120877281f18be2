"""Smoke test of a built bundle's REST API: make a token, start `faceapp serve` on a free
port of 127.0.0.1, ask /api/health with the token and without, stop it. Standard library only
(it runs with the system's python3 beside the bundle). Usage: api_smoke.py BUNDLE/faceapp"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

exe = sys.argv[1]
home = tempfile.mkdtemp(prefix="faceapp-api-smoke-")
env = {**os.environ, "FACEAPP_DATA_DIR": home, "FACEAPP_CONFIG_DIR": home}
out = subprocess.run([exe, "api-token", "create", "smoke", "--json"], env=env, check=True,
                     capture_output=True, text=True)  # fmt: skip
token = json.loads(out.stdout)["token"]
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
server = subprocess.Popen([exe, "serve", "--port", str(port)], env=env)
url = f"http://127.0.0.1:{port}/api/health"
try:
    for _ in range(150):
        try:
            req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
            health = json.load(urllib.request.urlopen(req, timeout=5))
            break
        except (urllib.error.URLError, ConnectionError):
            if server.poll() is not None:
                sys.exit(f"faceapp serve exited with {server.returncode}")
            time.sleep(0.2)
    else:
        sys.exit("the API did not answer within 30 s")
    try:
        urllib.request.urlopen(url, timeout=5)
        sys.exit("a request without a token was answered")
    except urllib.error.HTTPError as e:
        assert e.code == 401, e.code
    print(f"API of the bundle: ok ({health['model']}, {health['people']} people)")
finally:
    server.terminate()
    server.wait(10)
