# corpus: cwe=377 label=vulnerable
import os
import pickle
import tempfile


def save_session(user_id, data):
    path = os.path.join(tempfile.gettempdir(), "session-%s.bin" % user_id)
    with open(path, "wb") as fh:
        pickle.dump(data, fh)
    return path
