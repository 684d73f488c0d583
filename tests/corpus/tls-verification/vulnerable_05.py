# corpus: cwe=295 label=vulnerable
import imaplib
import ssl


def unread_count(host, user, password):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with imaplib.IMAP4_SSL(host, ssl_context=ctx) as imap:
        imap.login(user, password)
        _, data = imap.search(None, "UNSEEN")
        return len(data[0].split())
