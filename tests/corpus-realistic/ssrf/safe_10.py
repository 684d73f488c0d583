# corpus: cwe=918 label=safe
"""Weather widget for the travel itinerary pages."""
import os
from typing import Optional

import aiohttp
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

WEATHER_API = "https://api.weather.example.com/v3/forecast"
WEATHER_KEY = os.environ.get("WEATHER_API_KEY", "")


class ForecastQuery(BaseModel):
    city: str = Field(..., max_length=80)
    country: Optional[str] = Field(None, max_length=2)
    days: int = Field(3, ge=1, le=7)


async def fetch_forecast(query: ForecastQuery) -> dict:
    params = {"q": query.city, "days": str(query.days), "apikey": WEATHER_KEY}
    if query.country:
        params["country"] = query.country.upper()
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.get(WEATHER_API, params=params) as resp:
            if resp.status != 200:
                raise HTTPException(status_code=502, detail="weather service error")
            return await resp.json()


@app.post("/widgets/weather")
async def weather(query: ForecastQuery):
    data = await fetch_forecast(query)
    days = data.get("daily", [])[: query.days]
    return {"city": query.city, "days": [{"date": d["date"], "high": d["max"], "low": d["min"]} for d in days]}
