# corpus: cwe=328 label=vulnerable
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def sign_invoice(private_key, invoice_pdf: bytes) -> bytes:
    return private_key.sign(
        invoice_pdf,
        padding.PSS(mgf=padding.MGF1(hashes.SHA1()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA1(),
    )


def verify_invoice(public_key, invoice_pdf: bytes, signature: bytes) -> None:
    public_key.verify(signature, invoice_pdf, padding.PKCS1v15(), hashes.SHA256())
