# corpus: cwe=501 label=safe
"""Tornado handlers for the lab-booking portal."""
import os

import bcrypt
import tornado.ioloop
import tornado.web

from .bookings import bookings_for, create_booking
from .users import user_by_login


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        user = self.get_signed_cookie("user")
        return user.decode() if user else None

    @property
    def role(self):
        raw = self.get_signed_cookie("role")
        return raw.decode() if raw else "student"


class LoginHandler(BaseHandler):
    def post(self):
        login = self.get_argument("login").strip().lower()
        password = self.get_argument("password").encode()
        user = user_by_login(login)
        if user is None or not bcrypt.checkpw(password, user.password_hash):
            raise tornado.web.HTTPError(401)
        self.set_signed_cookie("user", str(user.id), httponly=True, secure=True)
        self.set_signed_cookie("role", user.role, httponly=True, secure=True)
        self.redirect("/bookings")


class BookingHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.write({"bookings": bookings_for(self.current_user)})

    @tornado.web.authenticated
    def post(self):
        instrument = self.get_argument("instrument")
        if instrument.startswith("restricted-") and self.role != "staff":
            raise tornado.web.HTTPError(403)
        self.write(create_booking(self.current_user, instrument, self.get_argument("slot")))


def make_app():
    return tornado.web.Application(
        [(r"/login", LoginHandler), (r"/bookings", BookingHandler)],
        cookie_secret=os.environ["COOKIE_SECRET"],
        login_url="/login",
        xsrf_cookies=True,
    )


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
