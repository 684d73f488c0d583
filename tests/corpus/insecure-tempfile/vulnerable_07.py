# corpus: cwe=377 label=vulnerable
import shutil
import sqlite3


def snapshot_database(db_path="/srv/app/app.db"):
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(FULL)")
    conn.close()
    shutil.copy(db_path, "/tmp/app-snapshot.db")
    return "/tmp/app-snapshot.db"
