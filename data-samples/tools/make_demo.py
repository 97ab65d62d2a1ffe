#!/usr/bin/env python3
"""Writes the three demo sellers' exports in the platforms' real layouts (headers copied from the real
samples in shared/formats/samples). Deterministic: the same seed gives the same files.

  atelier-seraphine  ~90% of revenue on Etsy (CRITICAL): Etsy orders + a few markets (Square)
  fabrique-lea       ~1/3 on Etsy (HIGH): Etsy + own Shopify shop + markets
  ceramiques-marin   ~80% through her own Shopify shop (LOW): Shopify + markets + a little Etsy

The sellers are micro-entrepreneurs under the VAT franchise (franchise en base de TVA): no VAT is charged.

usage: make_demo.py OUTPUT_DIR
"""
import csv
import datetime as dt
import os
import random
import sys

ETSY = ["Sale Date", "Order ID", "Buyer User ID", "Full Name", "First Name", "Last Name", "Number of Items",
        "Payment Method", "Date Shipped", "Street 1", "Street 2", "Ship City", "Ship State", "Ship Zipcode",
        "Ship Country", "Currency", "Order Value", "Coupon Code", "Coupon Details", "Discount Amount",
        "Shipping Discount", "Shipping", "Sales Tax", "Order Total", "Status", "Card Processing Fees", "Order Net",
        "Adjusted Order Total", "Adjusted Card Processing Fees", "Adjusted Net Order Amount", "Buyer", "Order Type",
        "Payment Type", "InPerson Discount", "InPerson Location", "SKU"]
SHOPIFY = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
           "Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,"
           "Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,"
           "Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,"
           "Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,"
           "Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,"
           "Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,"
           "Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,"
           "Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,"
           "Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,"
           "Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,"
           "Payment References").split(",")
SQUARE = ("Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,"
          "Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,"
          "Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,Itemization Type,Commission,Employee,"
          "Fulfillment Note,Channel,Token,Card Brand,PAN Suffix").split(",")

START = dt.date(2025, 11, 1)
MONTHS = 12
SEASON = {1: 0.7, 2: 0.75, 3: 0.9, 4: 0.95, 5: 1.0, 6: 1.05, 7: 0.9, 8: 0.8, 9: 1.0, 10: 1.1, 11: 1.4, 12: 1.9}
MARKET_SEASON = {1: 0.3, 2: 0.3, 3: 0.6, 4: 0.9, 5: 1.2, 6: 1.4, 7: 1.6, 8: 1.5, 9: 1.0, 10: 0.8, 11: 1.0, 12: 1.8}
CITIES = [("Lyon", "69003", "France"), ("Nantes", "44000", "France"), ("Lille", "59000", "France"),
          ("Bruxelles", "1000", "Belgium"), ("Genève", "1201", "Switzerland"), ("Bordeaux", "33000", "France"),
          ("Montréal", "H2X 1Y4", "Canada"), ("Berlin", "10115", "Germany"), ("Rennes", "35000", "France")]


def money(x):
    return f"{x:.2f}"


def months():
    d = START
    for _ in range(MONTHS):
        yield d
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def days_in(month):
    nxt = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (nxt - month).days


def etsy(rnd, monthly_orders, catalogue, first_id):
    rows, oid = [], first_id
    for m in months():
        for _ in range(round(monthly_orders * SEASON[m.month] * rnd.uniform(0.85, 1.15))):
            day = m + dt.timedelta(days=rnd.randrange(days_in(m)))
            n = rnd.choice([1, 1, 1, 2, 2, 3])
            value = sum(rnd.choice(catalogue)[1] for _ in range(n))
            discount = round(value * 0.1, 2) if rnd.random() < 0.15 else 0.0
            shipping = rnd.choice([0.0, 4.9, 6.5])
            total = value - discount + shipping
            fee = round(total * 0.04 + 0.30, 2)
            city, zipc, country = rnd.choice(CITIES)
            oid += rnd.randrange(1, 40)
            buyer = f"client{rnd.randrange(10000):04d}"
            rows.append([day.strftime("%m/%d/%y"), str(oid), buyer, f"Cliente {buyer[-4:]}", "Cliente", buyer[-4:], n,
                         "Credit Card", (day + dt.timedelta(days=2)).strftime("%m/%d/%y"), "1 rue Exemple", "", city, "",
                         zipc, country, "EUR", money(value), "MERCI10" if discount else "", "% off" if discount else "",
                         money(discount), "0.00", money(shipping), "0", money(total), "", money(fee), money(total - fee),
                         "0.00", "0.00", "0.00", f"Cliente {buyer[-4:]}", "online", "online_cc", "", "", ""])
    rows.sort(key=lambda r: dt.datetime.strptime(r[0], "%m/%d/%y"), reverse=True)
    return [ETSY] + rows


def shopify(rnd, monthly_orders, catalogue, first_number):
    rows, number = [], first_number
    for m in months():
        for _ in range(round(monthly_orders * SEASON[m.month] * rnd.uniform(0.85, 1.15))):
            day = m + dt.timedelta(days=rnd.randrange(days_in(m)), hours=rnd.randrange(8, 22), minutes=rnd.randrange(60))
            lines = [rnd.choice(catalogue) for _ in range(rnd.choice([1, 1, 2, 2, 3]))]
            subtotal = sum(p for _, p in lines)
            discount = round(subtotal * 0.15, 2) if rnd.random() < 0.1 else 0.0
            shipping = 0.0 if subtotal > 80 else 5.9
            total = subtotal - discount + shipping
            refunded = rnd.random() < 0.03
            status = "refunded" if refunded else "paid"
            stamp = day.strftime("%Y-%m-%d %H:%M:%S +0100")
            email = f"client{rnd.randrange(100000):05d}@example.org"
            city, zipc, _ = rnd.choice(CITIES[:6])
            number += 1
            for i, (name, price) in enumerate(lines):
                row = {h: "" for h in SHOPIFY}
                row.update({"Name": f"#{number}", "Email": email, "Created at": stamp, "Lineitem quantity": "1",
                            "Lineitem name": name, "Lineitem price": money(price), "Lineitem sku": name[:3].upper() + "-1",
                            "Lineitem requires shipping": "true", "Lineitem taxable": "true",
                            "Lineitem fulfillment status": "fulfilled", "Vendor": "Atelier", "Lineitem discount": "0.00"})
                if i == 0:
                    row.update({"Financial Status": status, "Paid at": stamp, "Fulfillment Status": "fulfilled",
                                "Fulfilled at": stamp, "Accepts Marketing": "yes", "Currency": "EUR",
                                "Subtotal": money(subtotal - discount), "Shipping": money(shipping), "Taxes": "0.00",
                                "Total": money(total), "Discount Code": "BIENVENUE" if discount else "",
                                "Discount Amount": money(discount), "Shipping Method": "Colissimo",
                                "Billing Name": "Client", "Billing City": city, "Billing Zip": zipc,
                                "Billing Country": "FR", "Shipping Name": "Client", "Shipping City": city,
                                "Shipping Zip": zipc, "Shipping Country": "FR", "Payment Method": "Shopify Payments",
                                "Refunded Amount": money(total) if refunded else "0.00", "Outstanding Balance": "0.00",
                                "Id": str(5000000000 + number), "Risk Level": "Low", "Source": "web"})
                rows.append([row[h] for h in SHOPIFY])
    return [SHOPIFY] + rows


def square(rnd, market_days_per_month, sales_per_day, catalogue, prefix):
    rows, n = [], 0
    for m in months():
        for _ in range(round(market_days_per_month * MARKET_SEASON[m.month])):
            day = m + dt.timedelta(days=rnd.randrange(days_in(m)))
            for _ in range(round(sales_per_day * rnd.uniform(0.7, 1.3))):
                n += 1
                name, price = rnd.choice(catalogue)
                t = dt.time(rnd.randrange(9, 19), rnd.randrange(60), rnd.randrange(60))
                tx = f"{prefix}{n:06d}TX"
                row = {h: "" for h in SQUARE}
                row.update({"Date": day.isoformat(), "Time": t.strftime("%H:%M:%S"), "Time Zone": "Paris",
                            "Category": "Fait main", "Item": name, "Qty": "1.0", "Price Point Name": "Regular",
                            "Gross Sales": f"€{price:.2f}", "Discounts": "€0.00", "Net Sales": f"€{price:.2f}",
                            "Tax": "€0.00", "Transaction ID": tx, "Payment ID": f"{prefix}{n:06d}PY",
                            "Device Name": "Square Reader", "Event Type": "Payment", "Location": "Marché",
                            "Unit": "ea", "Count": "1", "Itemization Type": "Physical Good", "Commission": "€0.00",
                            "Channel": "Marché", "Token": f"{prefix}{n:06d}TK", "Card Brand": "Visa",
                            "PAN Suffix": "0000"})
                rows.append([row[h] for h in SQUARE])
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    return [SQUARE] + rows


def write(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def main(out):
    rnd = random.Random(2017)
    bijoux = [("Boucles d'oreilles émaillées", 28.0), ("Collier lune", 42.0), ("Bague fleur", 35.0), ("Broche oiseau", 24.0)]
    textile = [("Tote bag brodé", 32.0), ("Coussin lin", 45.0), ("Pochette wax", 22.0), ("Écharpe tissée", 58.0)]
    ceramique = [("Bol grès", 34.0), ("Tasse émaillée", 26.0), ("Vase bleu", 68.0), ("Assiette plate", 39.0),
                 ("Théière", 95.0)]
    write(f"{out}/atelier-seraphine/EtsySoldOrders2026.csv", etsy(rnd, 55, bijoux, 3100000000))
    write(f"{out}/atelier-seraphine/items-2025-11-01-2026-10-31.csv", square(rnd, 1, 6, bijoux, "SERA"))
    write(f"{out}/fabrique-lea/EtsySoldOrders2026.csv", etsy(rnd, 16, textile, 3300000000))
    write(f"{out}/fabrique-lea/orders_export_1.csv", shopify(rnd, 20, textile, 1000))
    write(f"{out}/fabrique-lea/items-2025-11-01-2026-10-31.csv", square(rnd, 2, 8, textile, "LEA"))
    write(f"{out}/ceramiques-marin/orders_export_1.csv", shopify(rnd, 45, ceramique, 2000))
    write(f"{out}/ceramiques-marin/items-2025-11-01-2026-10-31.csv", square(rnd, 2, 7, ceramique, "MARIN"))
    write(f"{out}/ceramiques-marin/EtsySoldOrders2026.csv", etsy(rnd, 5, ceramique, 3500000000))


if __name__ == "__main__":
    main(sys.argv[1])
