"""What the corpus checks share: whether an expected document's figures and names are in a text.

Used by check-expected.py (the corpus entries) and the generators (each report they write).
Money ("9850000.00" 元) is found when the text holds a number equal to it in 元, 万元, 千元 or 亿元;
other figures when the text holds the same number (or, for text values, the same text).
"""
import re
from decimal import Decimal, InvalidOperation

NUMBER = re.compile(r"\d[\d,，]*(?:[.．]\d+)?")
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


def numbers_in(text):
    found = set()
    for match in NUMBER.finditer(text.translate(FULLWIDTH)):
        raw = match.group(0).replace(",", "").replace("，", "").replace("．", ".")
        try:
            found.add(Decimal(raw))
        except InvalidOperation:
            pass
    return found


def money_found(value, numbers):
    amount = Decimal(value)
    return any(n == amount or n * 10000 == amount or n * 1000 == amount or n * 100000000 == amount
               for n in numbers)


def plain_found(value, numbers, text):
    try:
        return Decimal(str(value)) in numbers
    except InvalidOperation:
        squeeze = lambda s: re.sub(r"\s+", "", s)
        return squeeze(str(value)) in squeeze(text)


def money_after_names(entry, text):
    """Each project's money must also stand after its name first appears (a figure stated only before the name, or
    under another project, would be a wrong expected document the presence check cannot see); one line per figure
    that does not. A name may be wrapped or spaced in the text."""
    out = []
    for p in entry["projects"]:
        m = re.search(r"\s*".join(map(re.escape, re.sub(r"\s+", "", p["name"]))), text)
        nums = numbers_in(text[m.start():]) if m else set()
        for f in ("budget_total", "budget_fiscal", "executed"):
            if p[f] is not None and not money_found(p[f], nums):
                out.append(f"{p['name']}: {f} {p[f]} not after the name")
    return out


def missing_figures(entry, text):
    """The figures and names of an expected document that its text does not hold, one line each."""
    numbers = numbers_in(text)
    missing = []

    def need(where, value, money=False):
        if value is None:
            return
        ok = money_found(value, numbers) if money else plain_found(value, numbers, text)
        if not ok:
            missing.append(f"{where} = {value}")

    funds = entry.get("funds") or {}
    need("funds.budget_total", funds.get("budget_total"), True)
    need("funds.executed_total", funds.get("executed_total"), True)
    need("funds.execution_rate_stated", funds.get("execution_rate_stated"))
    for i, project in enumerate(entry.get("projects") or []):
        where = f"projects[{i}]"
        name = re.sub(r"\s+", "", project.get("name") or "")
        if not name or name not in re.sub(r"\s+", "", text):
            missing.append(f"{where}.name = {project.get('name')}")
        for field in ("budget_total", "budget_fiscal", "executed"):
            need(f"{where}.{field}", project.get(field), True)
        need(f"{where}.execution_rate_stated", project.get("execution_rate_stated"))
        need(f"{where}.satisfaction", project.get("satisfaction"))
        for j, indicator in enumerate(project.get("indicators") or []):
            for field in ("target", "actual", "score"):
                need(f"{where}.indicators[{j}].{field}", indicator.get(field))
    for j, indicator in enumerate(entry.get("department_indicators") or []):
        for field in ("target", "actual", "score"):
            need(f"department_indicators[{j}].{field}", indicator.get(field))
    return missing
