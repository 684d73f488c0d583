# corpus: cwe=798 label=safe
"""Database maintenance CLI; prompts for the admin password."""
import getpass

import pymysql


def main():
    password = getpass.getpass("MySQL admin password: ")
    conn = pymysql.connect(host="legacy-db", user="admin", password=password, database="crm")
    with conn.cursor() as cur:
        cur.execute("OPTIMIZE TABLE customers")
    print("done")


if __name__ == "__main__":
    main()
