#!/usr/bin/env python3
"""Builds the eBay valid-* samples (no public eBay export could be copied): REFERENCE §6 headers verbatim,
hand-made rows with the layout REFERENCE describes (orders report: bare-comma first line, header, empty
padding row, data, footer; transaction report: preamble, Seller,<id>, header, rows, `--` for none).
usage: make_ebay_samples.py OUT_DIR   (writes OUT_DIR/ebay-orders/… and OUT_DIR/ebay-transactions/…)"""
import csv
import io
import os
import sys

ORDERS_HEADER = ["Sales Record Number", "Order Number", "Buyer Username", "Buyer Name", "Buyer Email", "Buyer Note",
    "Buyer Address 1", "Buyer Address 2", "Buyer City", "Buyer State", "Buyer Zip", "Buyer Country",
    "Buyer Tax Identifier Name", "Buyer Tax Identifier Value", "Ship To Name", "Ship To Phone", "Ship To Address 1",
    "Ship To Address 2", "Ship To City", "Ship To State", "Ship To Zip", "Ship To Country", "Item Number", "Item Title",
    "Custom Label", "Sold Via Promoted Listings", "Quantity", "Sold For", "Shipping And Handling", "Item Location",
    "Item Zip Code", "Item Country", "eBay Collect And Remit Tax Rate", "eBay Collect And Remit Tax Type",
    "eBay Reference Name", "eBay Reference Value", "Tax Status", "Seller Collected Tax", "eBay Collected Tax",
    "Electronic Waste Recycling Fee", "Mattress Recycling Fee", "Battery Recycling Fee", "White Goods Disposal Tax",
    "Tire Recycling Fee", "Additional Fee", "Lumber Fee", "Prepaid Wireless Fee",
    "Road Improvement And Food Delivery Fee", "eBay Collected Charges", "Total Price",
    "eBay Collected Tax and Fees Included in Total", "Payment Method", "Sale Date", "Paid On Date", "Ship By Date",
    "Minimum Estimated Delivery Date", "Maximum Estimated Delivery Date", "Shipped On Date", "Feedback Left",
    "Feedback Received", "My Item Note", "PayPal Transaction ID", "Shipping Service", "Tracking Number",
    "Transaction ID", "Variation Details", "Global Shipping Program", "Global Shipping Reference ID",
    "Click And Collect", "Click And Collect Reference Number", "eBay Plus", "Authenticity Verification Program",
    "Authenticity Verification Status", "Authenticity Verification Outcome Reason", "PSA Vault Program",
    "Vault Fulfillment Type", "eBay Fulfillment Program", "Tax City", "Tax State", "Tax Zip", "Tax Country",
    "eBay International Shipping"]
# REFERENCE quotes only these labels of an eBay.de orders report (a subset).
ORDERS_HEADER_DE = ["Verkaufsprotokollnummer", "Bestellnummer", "Gesamtbetrag", "Verkauft am", "Zahlungsdatum",
    "Nutzername des Käufers", "Name des Käufers"]

TX_HEADER = ["Transaction creation date", "Type", "Order number", "Legacy order ID", "Buyer username", "Buyer name",
    "Ship to city", "Ship to province/region/state", "Ship to zip", "Ship to country", "Net amount",
    "Payout currency", "Payout date", "Payout ID", "Payout method", "Payout status", "Reason for hold", "Item ID",
    "Transaction ID", "Item title", "Custom label", "Quantity", "Item subtotal", "Shipping and handling",
    "Seller collected tax", "eBay collected tax", "Final Value Fee - fixed", "Final Value Fee - variable",
    "Regulatory operating fee", 'Very high "item not as described" fee', "Below standard performance fee",
    "International fee", "Charity donation", "Deposit processing fee", "Gross transaction amount",
    "Transaction currency", "Exchange rate", "Reference ID", "Description"]
TX_HEADER_DE = ["Datum der Transaktionserstellung", "Typ", "Bestellnummer", "Auszahlung Nr.", "Betrag abzügl. Kosten",
    "Transaktionsbetrag (inkl. Kosten)", "Fixer Anteil der Verkaufsprovision", "Variabler Anteil der Verkaufsprovision",
    "Beschreibung"]


# The header lines exactly as REFERENCE §6 quotes them (quoting included).
ORDERS_HEADER_LINE = '"Sales Record Number","Order Number","Buyer Username","Buyer Name","Buyer Email","Buyer Note",Buyer Address 1,Buyer Address 2,Buyer City,"Buyer State","Buyer Zip","Buyer Country","Buyer Tax Identifier Name","Buyer Tax Identifier Value",Ship To Name,"Ship To Phone",Ship To Address 1,Ship To Address 2,Ship To City,"Ship To State","Ship To Zip","Ship To Country","Item Number","Item Title",Custom Label,"Sold Via Promoted Listings","Quantity","Sold For","Shipping And Handling",Item Location,"Item Zip Code","Item Country","eBay Collect And Remit Tax Rate","eBay Collect And Remit Tax Type","eBay Reference Name",eBay Reference Value,Tax Status,"Seller Collected Tax","eBay Collected Tax","Electronic Waste Recycling Fee","Mattress Recycling Fee","Battery Recycling Fee","White Goods Disposal Tax","Tire Recycling Fee","Additional Fee","Lumber Fee","Prepaid Wireless Fee","Road Improvement And Food Delivery Fee","eBay Collected Charges","Total Price","eBay Collected Tax and Fees Included in Total","Payment Method","Sale Date","Paid On Date","Ship By Date","Minimum Estimated Delivery Date","Maximum Estimated Delivery Date","Shipped On Date","Feedback Left","Feedback Received","My Item Note","PayPal Transaction ID","Shipping Service","Tracking Number","Transaction ID",Variation Details,"Global Shipping Program","Global Shipping Reference ID","Click And Collect","Click And Collect Reference Number","eBay Plus","Authenticity Verification Program","Authenticity Verification Status","Authenticity Verification Outcome Reason","PSA Vault Program","Vault Fulfillment Type","eBay Fulfillment Program",Tax City,"Tax State","Tax Zip","Tax Country","eBay International Shipping"'
TX_HEADER_LINE = 'Transaction creation date,Type,Order number,Legacy order ID,Buyer username,Buyer name,Ship to city,Ship to province/region/state,Ship to zip,Ship to country,Net amount,Payout currency,Payout date,Payout ID,Payout method,Payout status,Reason for hold,Item ID,Transaction ID,Item title,Custom label,Quantity,Item subtotal,Shipping and handling,Seller collected tax,eBay collected tax,Final Value Fee - fixed,Final Value Fee - variable,Regulatory operating fee,"Very high ""item not as described"" fee",Below standard performance fee,International fee,Charity donation,Deposit processing fee,Gross transaction amount,Transaction currency,Exchange rate,Reference ID,Description'


def verbatim(text, header, line, delimiter=","):
    """Replaces the csv-written header line by REFERENCE's verbatim one."""
    written = io.StringIO()
    csv.writer(written, delimiter=delimiter, lineterminator="\n").writerow(header)
    assert next(csv.reader(io.StringIO(line))) == header, "header list differs from REFERENCE"
    return text.replace(written.getvalue(), (line if delimiter == "," else written.getvalue().rstrip("\n")) + "\n", 1)


def row(header, default, **values):
    out = [default] * len(header)
    for key, value in values.items():
        out[header.index(key.replace('_', ' ') if key.replace('_', ' ') in header else key)] = value
    return out


def o(**v):
    return row(ORDERS_HEADER, "", **{k: v[k] for k in v})


def orders_us():
    buyer_a = dict(Buyer_Username="buyer_a", Buyer_Name="Buyer A", Buyer_Email="buyer_a@example.com",
                   Ship_To_Name="Buyer A", Ship_To_City="Austin", Ship_To_State="TX", Ship_To_Zip="78701",
                   Ship_To_Country="United States")
    rows = [
        o(Sales_Record_Number="1001", Order_Number="12-11111-22222", **buyer_a, Item_Number="226000000001",
          Item_Title="Hand-thrown stoneware mug", Custom_Label="MUG-01", Sold_Via_Promoted_Listings="No", Quantity="1",
          Sold_For="$24.99", Shipping_And_Handling="$5.00", Item_Location="Asheville, NC", Item_Country="US",
          Seller_Collected_Tax="$0.00", eBay_Collected_Tax="$2.10", Total_Price="$32.09",
          Payment_Method="eBay Managed Payments", Sale_Date="Jul-02-26", Paid_On_Date="Jul-02-26",
          Transaction_ID="1400000001", Tax_State="TX", Tax_Country="US"),
        # multi-item order: summary row (buyer, totals, no item) then its item rows, same Sales Record Number
        o(Sales_Record_Number="1002", Order_Number="13-22222-33333", Buyer_Username="buyer_b", Buyer_Name="Buyer B",
          Ship_To_Name="Buyer B", Ship_To_City="Portland", Ship_To_State="OR", Ship_To_Zip="97201",
          Ship_To_Country="United States", Shipping_And_Handling="$8.00", Seller_Collected_Tax="$0.00",
          eBay_Collected_Tax="$3.50", Total_Price="$61.50", Payment_Method="eBay Managed Payments",
          Sale_Date="Jul-05-26 14:12:09", Paid_On_Date="Jul-05-26 14:13:40"),
        o(Sales_Record_Number="1002", Order_Number="13-22222-33333", Item_Number="226000000002",
          Item_Title="Linen tea towel, indigo", Custom_Label="TOWEL-IND", Quantity="2", Sold_For="$15.00",
          Shipping_And_Handling="$4.00", Sale_Date="Jul-05-26 14:12:09", Transaction_ID="1400000002"),
        o(Sales_Record_Number="1002", Order_Number="13-22222-33333", Item_Number="226000000003",
          Item_Title="Beeswax candle pair", Custom_Label="CANDLE-2", Quantity="1", Sold_For="$20.00",
          Shipping_And_Handling="$4.00", Sale_Date="Jul-05-26 14:12:09", Transaction_ID="1400000003"),
        o(Sales_Record_Number="1003", Order_Number="14-33333-44444", Buyer_Username="buyer_c", Buyer_Name="Buyer C",
          Ship_To_City="Toronto", Ship_To_State="ON", Ship_To_Zip="M5V 2T6", Ship_To_Country="Canada",
          Item_Number="226000000004", Item_Title="Ceramic spoon rest", Custom_Label="SPOON-R", Quantity="3",
          Sold_For="$9.50", Shipping_And_Handling="$0.00", Seller_Collected_Tax="$0.00", eBay_Collected_Tax="$0.00",
          Total_Price="$28.50", Payment_Method="eBay Managed Payments", Sale_Date="Jul-28-26 09:05:00",
          Paid_On_Date="Jul-28-26 09:05:00", Transaction_ID="1400000004", eBay_International_Shipping="Yes"),
        o(Sales_Record_Number="1004", Order_Number="15-44444-55555", Buyer_Username="buyer_d", Buyer_Name="Buyer D",
          Ship_To_Country="United States", Item_Number="226000000005", Item_Title="Walnut dining bench, 6 ft",
          Custom_Label="BENCH-W6", Quantity="1", Sold_For="$1,250.00", Shipping_And_Handling="$25.00",
          Seller_Collected_Tax="$0.00", eBay_Collected_Tax="$0.00", Total_Price="$1,275.00",
          Payment_Method="eBay Managed Payments", Sale_Date="Jul-31-26 22:40:11", Paid_On_Date="Jul-31-26 22:41:02",
          Transaction_ID="1400000005"),
    ]
    blank = [""] * len(ORDERS_HEADER)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(blank)
    w.writerow(ORDERS_HEADER)
    w.writerow(blank)
    w.writerows(rows)
    out.write("\n")
    w.writerow(["5", "record(s) downloaded", "from Jul-01-26 to Jul-31-26"])
    out.write("Seller ID : craft_seller_demo\n")
    return out.getvalue()


def orders_fr_english_labels():
    """eBay.fr: REFERENCE knows no French labels; English labels, ';' and `116,99 €` values as on eBay.de."""
    def f(**v):
        return o(**v)
    rows = [
        f(Sales_Record_Number="3001", Order_Number="21-10001-20001", Buyer_Username="acheteur_1", Buyer_Name="Acheteur Un",
          Ship_To_City="Lyon", Ship_To_Zip="69002", Ship_To_Country="France", Item_Number="135000000001",
          Item_Title="Bol en grès émaillé", Custom_Label="BOL-GRES", Quantity="2", Sold_For="18,50 €",
          Shipping_And_Handling="6,90 €", Seller_Collected_Tax="0,00 €", eBay_Collected_Tax="0,00 €",
          Total_Price="43,90 €", Payment_Method="Paiements gérés par eBay", Sale_Date="Mar-03-26 10:15:00",
          Paid_On_Date="Mar-03-26 10:15:00", Transaction_ID="2100000001"),
        f(Sales_Record_Number="3002", Order_Number="21-10002-20002", Buyer_Username="acheteur_2", Buyer_Name="Acheteur Deux",
          Ship_To_City="Bruxelles", Ship_To_Zip="1000", Ship_To_Country="Belgique", Item_Number="135000000002",
          Item_Title="Lampe en céramique, grand modèle", Custom_Label="LAMPE-XL", Quantity="1", Sold_For="1 116,99 €",
          Shipping_And_Handling="0,00 €", Seller_Collected_Tax="0,00 €", eBay_Collected_Tax="0,00 €",
          Total_Price="1 116,99 €", Payment_Method="Paiements gérés par eBay", Sale_Date="Mar-14-26",
          Paid_On_Date="Mar-14-26", Transaction_ID="2100000002"),
    ]
    blank = [""] * len(ORDERS_HEADER)
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(blank)
    w.writerow(ORDERS_HEADER)
    w.writerow(blank)
    w.writerows(rows)
    out.write("\n")
    w.writerow(["2", "record(s) downloaded", "from Mar-01-26 to Mar-31-26"])
    out.write("Seller ID : atelier_demo\n")
    return out.getvalue()


def orders_de():
    rows = [
        ["2001", "05-12345-67890", "116,99 €", "10-Dez-25", "10-Dez-25", "kaeufer_1", "Käufer Eins"],
        ["2002", "06-23456-78901", "1.249,00 €", "14-Dez-25", "15-Dez-25", "kaeufer_2", "Käuferin Zwei"],
        ["2003", "07-34567-89012", "24,50 €", "28-Dez-25", "28-Dez-25", "kaeufer_3", "Käufer Drei"],
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow([""] * len(ORDERS_HEADER_DE))
    w.writerow(ORDERS_HEADER_DE)
    w.writerow([""] * len(ORDERS_HEADER_DE))
    w.writerows(rows)
    out.write("\n")
    w.writerow(["3", "record(s) downloaded", "from 01-Dez-25 to 31-Dez-25"])
    out.write("Seller ID : werkstatt_demo\n")
    return out.getvalue()


def t(**v):
    return row(TX_HEADER, "--", **v)


def tx_us():
    a = dict(Buyer_username="buyer_a", Buyer_name="Buyer A", Ship_to_city="Austin",
             **{"Ship to province/region/state": "TX"}, Ship_to_zip="78701", Ship_to_country="US")
    b = dict(Buyer_username="buyer_b", Buyer_name="Buyer B", Ship_to_city="Portland",
             **{"Ship to province/region/state": "OR"}, Ship_to_zip="97201", Ship_to_country="US")
    paid = dict(Payout_currency="USD", Transaction_currency="USD")
    rows = [
        t(Transaction_creation_date="Jul 2, 2026", Type="Order", Order_number="12-11111-22222",
          Legacy_order_ID="226000000001-1400000001", **a, Net_amount="25.72", **paid, Payout_date="Jul 4, 2026",
          Payout_ID="7590000001", Payout_method="Bank account", Payout_status="Funds sent", Item_ID="226000000001",
          Transaction_ID="1400000001", Item_title="Hand-thrown stoneware mug", Custom_label="MUG-01", Quantity="1",
          Item_subtotal="24.99", Shipping_and_handling="5.00", eBay_collected_tax="2.10",
          **{"Final Value Fee - fixed": "-0.30", "Final Value Fee - variable": "-3.97"},
          Gross_transaction_amount="29.99"),
        # multi-item order: rollup row (net and gross of the order) then one row per item
        t(Transaction_creation_date="Jul 5, 2026", Type="Order", Order_number="13-22222-33333",
          Legacy_order_ID="13-22222-33333", **b, Net_amount="50.03", **paid, Payout_date="Jul 7, 2026",
          Payout_ID="7590000002", Payout_method="Bank account", Payout_status="Funds sent",
          Gross_transaction_amount="58.00"),
        t(Transaction_creation_date="Jul 5, 2026", Type="Order", Order_number="13-22222-33333",
          Legacy_order_ID="13-22222-33333", **b, Item_ID="226000000002", Transaction_ID="1400000002",
          Item_title="Linen tea towel, indigo", Custom_label="TOWEL-IND", Quantity="2", Item_subtotal="30.00",
          Shipping_and_handling="8.00", eBay_collected_tax="3.50",
          **{"Final Value Fee - fixed": "-0.30", "Final Value Fee - variable": "-5.02"}),
        t(Transaction_creation_date="Jul 5, 2026", Type="Order", Order_number="13-22222-33333",
          Legacy_order_ID="13-22222-33333", **b, Item_ID="226000000003", Transaction_ID="1400000003",
          Item_title="Beeswax candle pair", Custom_label="CANDLE-2", Quantity="1", Item_subtotal="20.00",
          Shipping_and_handling="0.00", **{"Final Value Fee - variable": "-2.65"}),
        t(Transaction_creation_date="Jul 6, 2026", Type="Shipping label", Order_number="13-22222-33333",
          Legacy_order_ID="13-22222-33333", Net_amount="-9.40", **paid, Gross_transaction_amount="-9.40",
          Reference_ID="9400111899223344556677", Description="USPS Ground Advantage"),
        t(Transaction_creation_date="Jul 20, 2026", Type="Refund", Order_number="12-11111-22222",
          Legacy_order_ID="226000000001-1400000001", **a, Net_amount="-8.67", **paid, Item_title="Hand-thrown stoneware mug",
          **{"Final Value Fee - variable": "1.33"}, Gross_transaction_amount="-10.00", Reference_ID="5012345678",
          Description="Partial refund"),
        t(Transaction_creation_date="Jul 28, 2026", Type="Order", Order_number="14-33333-44444",
          Legacy_order_ID="226000000004-1400000004", Buyer_username="buyer_c", Buyer_name="Buyer C",
          Ship_to_city="Toronto", **{"Ship to province/region/state": "ON"}, Ship_to_zip="M5V 2T6", Ship_to_country="CA",
          Net_amount="23.95", **paid, Item_ID="226000000004", Transaction_ID="1400000004", Item_title="Ceramic spoon rest",
          Custom_label="SPOON-R", Quantity="3", Item_subtotal="28.50", Shipping_and_handling="0.00",
          **{"Final Value Fee - fixed": "-0.30", "Final Value Fee - variable": "-3.78"}, International_fee="-0.47",
          Gross_transaction_amount="28.50"),
        t(Transaction_creation_date="Jul 29, 2026", Type="Other fee", Order_number="14-33333-44444",
          Legacy_order_ID="226000000004-1400000004", Net_amount="-1.71", **paid, Gross_transaction_amount="-1.71",
          Description="Promoted Listings - General fee"),
        t(Transaction_creation_date="Jul 31, 2026", Type="Order", Order_number="15-44444-55555",
          Legacy_order_ID="226000000005-1400000005", Buyer_username="buyer_d", Buyer_name="Buyer D", Ship_to_country="US",
          Net_amount="1,108.85", **paid, Item_ID="226000000005", Transaction_ID="1400000005",
          Item_title="Walnut dining bench, 6 ft", Custom_label="BENCH-W6", Quantity="1", Item_subtotal="1,250.00",
          Shipping_and_handling="25.00", **{"Final Value Fee - fixed": "-0.40", "Final Value Fee - variable": "-165.75"},
          Gross_transaction_amount="1,275.00"),
        t(Transaction_creation_date="Jul 31, 2026", Type="Other fee", Net_amount="-21.95", **paid,
          Gross_transaction_amount="-21.95", Description="Store subscription fee - Basic"),
        t(Transaction_creation_date="Jul 31, 2026", Type="Payout", Net_amount="-1,200.00", **paid, Payout_date="Jul 31, 2026",
          Payout_ID="7590000003", Payout_method="Bank account", Payout_status="Funds sent",
          Gross_transaction_amount="-1,200.00", Description="Scheduled payout"),
        t(Transaction_creation_date="Jul 31, 2026", Type="Hold", Order_number="15-44444-55555",
          Net_amount="-1,108.85", **paid, Reason_for_hold="Payment on hold", Gross_transaction_amount="-1,108.85",
          Description="Hold placed"),
    ]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for line in ["Transaction report", "", "Seller ID: craft_seller_demo", "Date range: Jul 1, 2026 - Jul 31, 2026",
                 "Transaction types: All", "Currency: USD", "",
                 "Report created on Aug 1, 2026", ""]:
        w.writerow([line] if line else [])
    w.writerow(["Seller", "craft_seller_demo"])
    w.writerow(TX_HEADER)
    w.writerows(rows)
    return out.getvalue()


def tx_de():
    rows = [
        ["01.10.2025", "Bestellung", "05-12345-67890", "--", "74,57", "85,00", "-0,35", "-10,08", "--"],
        ["08.10.2025", "Bestellung", "06-23456-78901", "--", "102,77", "116,99", "-0,35", "-13,87", "--"],
        ["15.10.2025", "Rückerstattung", "05-12345-67890", "--", "-74,92", "-85,00", "--", "10,08", "Rückerstattung an Käufer"],
        ["20.10.2025", "Andere Gebühr", "--", "--", "-4,95", "-4,95", "--", "--", "Shop-Abo Basis"],
        ["31.10.2025", "Auszahlung", "--", "7001234567", "-97,47", "-97,47", "--", "--", "--"],
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    for line in ["Transaktionsbericht", "", "01.10.2025 - 31.10.2025", ""]:
        w.writerow([line] if line else [])
    w.writerow(["Seller", "werkstatt_demo"])
    w.writerow(TX_HEADER_DE)
    w.writerows(rows)
    return out.getvalue()


def main():
    root = sys.argv[1]
    files = {
        "ebay-orders/valid-ebay_orders_report_2026-07_US.csv": verbatim(orders_us(), ORDERS_HEADER, ORDERS_HEADER_LINE),
        "ebay-orders/valid-ebay_orders_report_2026-03_FR_english-labels.csv": orders_fr_english_labels(),
        "ebay-orders/valid-ebay_orders_report_2025-12_DE_label-subset.csv": orders_de(),
        "ebay-transactions/valid-ebay_transaction_report_2026-07_US.csv": verbatim(tx_us(), TX_HEADER, TX_HEADER_LINE),
        "ebay-transactions/valid-ebay_transaction_report_2025-10_DE.csv": tx_de(),
    }
    for name, text in files.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
