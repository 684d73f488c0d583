# corpus: cwe=502 label=vulnerable
import marshal
import socket


def receive_task(sock: socket.socket):
    size = int.from_bytes(sock.recv(4), "big")
    payload = sock.recv(size)
    task = marshal.loads(payload)
    return task["name"], task["args"]
