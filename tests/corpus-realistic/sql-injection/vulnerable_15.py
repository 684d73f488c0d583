# corpus: cwe=89 label=vulnerable
import os
import sqlite3
from typing import Literal

from fastapi import FastAPI, Query

app = FastAPI()
DB_PATH = os.environ.get("LEADERBOARD_DB", "leaderboard.db")

SORT_COLUMNS = {
    "score": "total_score",
    "wins": "wins",
    "recent": "last_played_at",
}


def connect():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def leaderboard(conn, game_id, order_by, direction, limit):
    sql = (
        "SELECT player, total_score, wins, last_played_at FROM standings "
        "WHERE game_id = ? ORDER BY {} {} LIMIT ?".format(order_by, direction)
    )
    return [dict(r) for r in conn.execute(sql, (game_id, limit))]


@app.get("/games/{game_id}/leaderboard")
def get_leaderboard(
    game_id: int,
    sort: str = Query("score"),
    direction: Literal["asc", "desc"] = "desc",
    limit: int = Query(10, ge=1, le=100),
):
    column = SORT_COLUMNS.get(sort, sort)
    with connect() as conn:
        rows = leaderboard(conn, game_id, column, direction.upper(), limit)
    return {"game": game_id, "sort": sort, "rows": rows}
