# corpus: cwe=94 label=safe
import ast
from typing import Dict

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

ALLOWED_NODES = (
    ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd,
)


class FormulaRequest(BaseModel):
    formula: str = Field(..., max_length=300)
    variables: Dict[str, float] = Field(default_factory=dict)


def check_formula(formula: str, names):
    tree = ast.parse(formula, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, ALLOWED_NODES):
            raise ValueError(f"{type(node).__name__} is not allowed")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise ValueError("only numeric constants are allowed")
        if isinstance(node, ast.Name) and node.id not in names:
            raise ValueError(f"unknown variable {node.id!r}")
    return tree


def evaluate(formula: str, variables: Dict[str, float]) -> float:
    tree = check_formula(formula, set(variables))
    code = compile(tree, "<formula>", "eval")
    return float(eval(code, {"__builtins__": {}}, dict(variables)))


@app.post("/formulas/evaluate")
def evaluate_formula(req: FormulaRequest):
    try:
        value = evaluate(req.formula, req.variables)
    except (SyntaxError, ValueError, ZeroDivisionError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"formula": req.formula, "value": value}
