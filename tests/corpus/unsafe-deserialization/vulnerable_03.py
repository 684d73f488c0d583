# corpus: cwe=502 label=vulnerable
import pickle

import redis

cache = redis.Redis(host="cache", port=6379)


def cached_profile(user_id, loader):
    key = "profile:%s" % user_id
    blob = cache.get(key)
    if blob is not None:
        return pickle.loads(blob)
    profile = loader(user_id)
    cache.setex(key, 300, pickle.dumps(profile))
    return profile
