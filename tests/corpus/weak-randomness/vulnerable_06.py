# corpus: cwe=338 label=vulnerable
import random
import string

from .mail import send_mail


def onboard_employee(employee):
    chars = string.ascii_letters + string.digits + "!@#$%"
    temp_password = "".join(random.sample(chars, 12))
    employee.set_password(temp_password)
    employee.must_change_password = True
    send_mail(employee.email, "Welcome", "Temporary password: " + temp_password)
    return employee
