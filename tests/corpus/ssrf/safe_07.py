# corpus: cwe=918 label=safe
import requests
from django.http import JsonResponse

WEATHER_API = "https://weather.example.com/api/current?city={}"


def weather(request):
    city = request.GET.get("city", "Berlin")
    data = requests.get(WEATHER_API.format(city), timeout=4).json()
    return JsonResponse(data)
