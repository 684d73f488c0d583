# corpus: cwe=798 label=vulnerable
import pymysql


def connect(host="legacy-db", user="admin", password="admin123", database="crm"):
    return pymysql.connect(host=host, user=user, password=password, database=database)


def customer_names():
    conn = connect()
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM customers")
        return [row[0] for row in cur.fetchall()]
