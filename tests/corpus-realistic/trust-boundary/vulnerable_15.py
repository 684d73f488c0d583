# corpus: cwe=501 label=vulnerable
"""Tornado handlers for the lab-booking portal."""
import os

import tornado.ioloop
import tornado.web

from .bookings import bookings_for, create_booking


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        user = self.get_signed_cookie("user")
        return user.decode() if user else None

    @property
    def role(self):
        raw = self.get_signed_cookie("role")
        return raw.decode() if raw else "student"


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self):
        display = self.get_argument("display_name", "").strip()
        lab_role = self.get_argument("role", self.role)
        self.set_signed_cookie("role", lab_role, expires_days=30, httponly=True, secure=True)
        self.write({"display_name": display, "role": lab_role})


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
        [(r"/profile", ProfileHandler), (r"/bookings", BookingHandler)],
        cookie_secret=os.environ["COOKIE_SECRET"],
        login_url="/login",
        xsrf_cookies=True,
    )


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
