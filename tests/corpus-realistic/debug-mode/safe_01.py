# corpus: cwe=489 label=safe
"""Recipe sharing service."""
import os

from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("RECIPES_DB", "sqlite:///recipes.db")
app.config["SECRET_KEY"] = os.environ["RECIPES_SECRET_KEY"]
db = SQLAlchemy(app)


class Recipe(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    minutes = db.Column(db.Integer, default=30)
    ingredients = db.Column(db.Text, default="")

    def to_dict(self):
        return {
            "id": self.id,
            "title": self.title,
            "minutes": self.minutes,
            "ingredients": [i.strip() for i in self.ingredients.split("\n") if i.strip()],
        }


@app.route("/recipes")
def list_recipes():
    max_minutes = request.args.get("max_minutes", type=int)
    query = Recipe.query.order_by(Recipe.title)
    if max_minutes:
        query = query.filter(Recipe.minutes <= max_minutes)
    return jsonify([r.to_dict() for r in query.limit(100)])


@app.route("/recipes/<int:recipe_id>")
def get_recipe(recipe_id):
    recipe = db.session.get(Recipe, recipe_id)
    if recipe is None:
        abort(404)
    return jsonify(recipe.to_dict())


@app.errorhandler(500)
def internal_error(_):
    db.session.rollback()
    return jsonify({"error": "internal error"}), 500


if __name__ == "__main__":
    with app.app_context():
        db.create_all()
    app.run(port=int(os.environ.get("PORT", "5000")), debug=False)
