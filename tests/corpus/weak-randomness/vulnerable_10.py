# corpus: cwe=330 label=vulnerable
import random
import time

from flask import Flask

app = Flask(__name__)


@app.post("/locker/open")
def assign_locker_pin():
    rng = random.Random(int(time.time()))
    pin = "".join(rng.choice("0123456789") for _ in range(4))
    return {"locker": 12, "pin": pin}
