# corpus: cwe=798 label=vulnerable
import stripe
from flask import Flask, request

app = Flask(__name__)
stripe.api_key = "sk_live_51HxQmT2eZvKYlo2CwPq8RtUv"


@app.post("/checkout")
def checkout():
    intent = stripe.PaymentIntent.create(amount=int(request.form["cents"]), currency="eur")
    return {"client_secret": intent.client_secret}
