# corpus: cwe=798 label=vulnerable
"""Weather lookups for the delivery-planning API."""
from typing import Dict, Optional

import httpx
from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

app = FastAPI()

PROVIDER_SETTINGS: Dict[str, Dict[str, str]] = {
    "openweather": {
        "base_url": "https://api.openweathermap.org/data/2.5",
        "api_key": "yNELUGeWUIqjzRYYn1V2Vp7Hc3",
        "units": "metric",
    },
    "fallback": {
        "base_url": "https://weather.internal.example/v1",
        "api_key": "",
        "units": "metric",
    },
}


class Forecast(BaseModel):
    city: str
    temperature: float
    description: str
    wind_speed: Optional[float] = None


def provider(name: str = "openweather") -> Dict[str, str]:
    return PROVIDER_SETTINGS[name]


async def current_weather(city: str, conf: Dict[str, str]) -> Forecast:
    params = {"q": city, "appid": conf["api_key"], "units": conf["units"]}
    async with httpx.AsyncClient(base_url=conf["base_url"], timeout=5) as client:
        resp = await client.get("/weather", params=params)
    if resp.status_code == 404:
        raise HTTPException(404, "unknown city")
    resp.raise_for_status()
    data = resp.json()
    return Forecast(
        city=data["name"],
        temperature=data["main"]["temp"],
        description=data["weather"][0]["description"],
        wind_speed=data.get("wind", {}).get("speed"),
    )


@app.get("/weather", response_model=Forecast)
async def weather(city: str = Query(..., min_length=2, max_length=80)):
    return await current_weather(city.strip(), provider())


@app.get("/routes/{route_id}/risk")
async def route_risk(route_id: int, city: str):
    forecast = await current_weather(city, provider())
    risky = forecast.wind_speed is not None and forecast.wind_speed > 15
    return {"route": route_id, "risky": risky, "reason": forecast.description}
