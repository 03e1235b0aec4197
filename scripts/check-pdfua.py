#!/usr/bin/env python3
"""Checks a PDF against the machine-checkable PDF/UA-1 rules the wrap-pdf writer implements:
PDF 1.7; MarkInfo, StructTreeRoot, catalog /Lang, DisplayDocTitle, XMP with dc:title and
pdfuaid:part 1; standard structure types; parents; tables, rows, lists and list items holding
what they may; header cells with a scope; headings starting at H1 with no level skipped and
none empty; every text-showing and painting operator in tagged content or an artifact, no
artifact inside tagged content or the reverse; each MCID once per page and owned by the element
the parent tree names; span languages well formed; link annotations with /Contents, a
StructParent naming a Link element that owns them, Tabs /S; fonts embedded, with ToUnicode and
CIDToGIDMap. Not checked: what a person must judge (reading order, alternative texts' words,
colour), and the rest of veraPDF's rules.

    python3 -m venv .venv && .venv/bin/pip install pikepdf
    .venv/bin/python scripts/check-pdfua.py full.pdf

Prints each failure; exits 1 if there is any."""
import re, sys
import pikepdf
from pikepdf import Name, Dictionary, Array

STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private
P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference
BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form""".split())
errors = []
def fail(msg): errors.append(msg)

pdf = pikepdf.open(sys.argv[1])
path = sys.argv[1]
with open(path, "rb") as f:
    head = f.read(9)
if head != b"%PDF-1.7\n" and not head.startswith(b"%PDF-1.7"):
    fail(f"header {head!r}: not PDF 1.7")
root = pdf.Root
# 6.2 / 7.1: tagged
if not (root.get("/MarkInfo") and bool(root.MarkInfo.get("/Marked", False))):
    fail("MarkInfo/Marked is not true (6.2-1)")
if "/StructTreeRoot" not in root:
    fail("no StructTreeRoot (7.1-11)"); print("\n".join(errors)); sys.exit(1)
if root.get("/MarkInfo") and bool(root.MarkInfo.get("/Suspects", False)):
    fail("Suspects true (7.1-?)")
# 7.2: language
lang = str(root.get("/Lang", ""))
tag = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
if not tag.match(lang):
    fail(f"catalog Lang {lang!r} missing or not a language tag (7.2-34)")
# 7.1-10: DisplayDocTitle
vp = root.get("/ViewerPreferences")
if not (vp and bool(vp.get("/DisplayDocTitle", False))):
    fail("ViewerPreferences/DisplayDocTitle not true (7.1-10)")
# 5 / 7.1-8/9: XMP
xmp = root.get("/Metadata")
if xmp is None:
    fail("no XMP metadata (5-1)")
else:
    text = xmp.read_bytes().decode("utf-8")
    if not re.search(r"<pdfuaid:part>1</pdfuaid:part>", text): fail("XMP has no pdfuaid:part 1 (5-1, 5-2)")
    m = re.search(r"<dc:title><rdf:Alt><rdf:li[^>]*>(.*?)</rdf:li>", text, re.S)
    if not m or not m.group(1).strip(): fail("XMP has no dc:title (7.1-9)")
    info_title = str(pdf.trailer.Info.get("/Title", "")) if "/Info" in pdf.trailer else ""
    if m and info_title and info_title != m.group(1).replace("&amp;", "&").replace("&lt;","<").replace("&gt;",">").replace("&quot;",'"').replace("&apos;","'"):
        fail(f"Info Title {info_title!r} differs from dc:title {m.group(1)!r}")

# The structure tree.
str_root = root.StructTreeRoot
nums = list(str_root.ParentTree.get("/Nums", []))
parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
if str_root.get("/ParentTreeNextKey") is not None and parent_tree and int(str_root.ParentTreeNextKey) <= max(parent_tree):
    fail("ParentTreeNextKey not past the last key")
owned = {}   # (page objgen, mcid) -> element objgen
elements = []
headings = []
def kids_of(e):
    k = e.get("/K")
    if k is None: return []
    return list(k) if isinstance(k, Array) else [k]
def walk(e, parent):
    s = str(e.get("/S", ""))[1:]
    elements.append(e)
    if s not in STANDARD and (str_root.get("/RoleMap") is None or Name("/" + s) not in str_root.RoleMap):
        fail(f"non-standard structure type {s} with no role map (7.1-5)")
    if parent is not None and e.get("/P") is not None and e.P.objgen != parent.objgen:
        fail(f"{s}: /P is not its parent")
    pg = e.get("/Pg")
    child_types, content = [], 0
    for kid in kids_of(e):
        if isinstance(kid, int):
            if pg is None: fail(f"{s}: MCID kid with no /Pg")
            else: owned[(pg.objgen, int(kid))] = e.objgen
            content += 1
        elif isinstance(kid, Dictionary):
            t = str(kid.get("/Type", ""))
            if t == "/MCR":
                owned[(kid.Pg.objgen, int(kid.MCID))] = e.objgen; content += 1
            elif t == "/OBJR":
                content += 1
                if s != "Link" and s != "Annot": fail(f"OBJR under {s}")
            else:
                child_types.append(str(kid.get("/S", ""))[1:])
                walk(kid, e)
    if s in ("H1","H2","H3","H4","H5","H6"):
        headings.append((int(s[1]), content))
    if s == "Table" and any(c not in ("TR","THead","TBody","TFoot","Caption") for c in child_types): fail(f"Table holds {child_types}")
    if s == "TR" and any(c not in ("TH","TD") for c in child_types): fail(f"TR holds {child_types}")
    if s == "L" and any(c not in ("LI","Caption","L") for c in child_types): fail(f"L holds {child_types}")
    if s == "LI" and any(c not in ("Lbl","LBody") for c in child_types): fail(f"LI holds {child_types}")
    if s == "TH":
        a = e.get("/A")
        if not (a is not None and a.get("/Scope") in (Name.Row, Name.Column, Name.Both)) and "/ID" not in e:
            fail("TH with no Scope (7.5-1)")
    if s == "Link" and not any(isinstance(k, Dictionary) and k.get("/Type") == Name.OBJR for k in kids_of(e)):
        fail("Link element without its annotation (7.18.5)")
top = str_root.K
for e in (list(top) if isinstance(top, Array) else [top]):
    walk(e, None)
# 7.4.2: headings
if headings:
    if headings[0][0] != 1: fail(f"first heading is H{headings[0][0]} (7.4.2-1)")
    for (a, _), (b, _) in zip(headings, headings[1:]):
        if b > a + 1: fail(f"heading level skipped: H{a} then H{b} (7.4.2-1)")
    if any(c == 0 for _, c in headings): fail("an empty heading (7.4.4)")

# Content and annotations, page by page.
TEXT = {"Tj", "TJ", "'", '"'}
PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"}
pages_marked = 0
for number, page in enumerate(pdf.pages, 1):
    obj = page.obj
    key = obj.get("/StructParents")
    owners = list(parent_tree.get(int(key), [])) if key is not None else []
    stack, seen = [], set()
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op in ("BMC", "BDC"):
            tagname = str(operands[0])
            mcid = None
            if op == "BDC" and isinstance(operands[1], Dictionary) and "/MCID" in operands[1]:
                mcid = int(operands[1].MCID)
            artifact = tagname == "/Artifact"
            inside_artifact = any(a for a, _ in stack)
            inside_mcid = any(m is not None for _, m in stack)
            if mcid is not None:
                if inside_artifact: fail(f"page {number}: tagged content inside an artifact (7.1-2)")
                if inside_mcid: fail(f"page {number}: MCID {mcid} inside another")
                if mcid in seen: fail(f"page {number}: MCID {mcid} twice")
                seen.add(mcid)
                if key is None: fail(f"page {number}: MCIDs but no StructParents")
                elif mcid >= len(owners) or owned.get((obj.objgen, mcid)) != owners[mcid].objgen:
                    fail(f"page {number}: MCID {mcid}: parent tree and structure element disagree")
            if artifact and inside_mcid: fail(f"page {number}: artifact inside tagged content (7.1-1)")
            if op == "BDC" and isinstance(operands[1], Dictionary) and "/Lang" in operands[1]:
                if not tag.match(str(operands[1].Lang)): fail(f"page {number}: bad span Lang")
            stack.append((artifact, mcid))
        elif op == "EMC":
            if not stack: fail(f"page {number}: EMC with nothing open")
            else: stack.pop()
        elif op in TEXT or op in PAINT:
            if not any(a or m is not None for a, m in stack):
                fail(f"page {number}: {op} neither tagged nor an artifact (7.1-3)")
    if stack: fail(f"page {number}: marked content left open")
    if seen: pages_marked += 1
    annots = list(obj.get("/Annots", []))
    if annots and obj.get("/Tabs") != Name.S:
        fail(f"page {number}: annotations but no Tabs /S (7.18.3-1)")
    for a in annots:
        sub = a.get("/Subtype")
        if sub in (Name.Popup,): continue
        if not str(a.get("/Contents", "")).strip(): fail(f"page {number}: annotation with no Contents (7.18.1-2, 7.18.5-2)")
        sp = a.get("/StructParent")
        if sp is None: fail(f"page {number}: annotation with no StructParent (7.18.1-1)")
        else:
            e = parent_tree.get(int(sp))
            if e is None or e.get("/S") != Name.Link: fail(f"page {number}: annotation's element is not a Link")
# 7.21: fonts embedded, with ToUnicode
for page in pdf.pages:
    fonts = page.obj.Resources.get("/Font", {})
    for name, font in fonts.items():
        descs = [font] + list(font.get("/DescendantFonts", []))
        d = [x.get("/FontDescriptor") for x in descs if x.get("/FontDescriptor") is not None]
        if not d or not any(k in d[0] for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            fail(f"font {name} not embedded (7.21.4.1)")
        if "/ToUnicode" not in font: fail(f"font {name} has no ToUnicode (7.21.7)")
        for x in font.get("/DescendantFonts", []):
            if x.get("/Subtype") == Name.CIDFontType2 and "/CIDToGIDMap" not in x:
                fail(f"font {name}: no CIDToGIDMap (7.21.3.2)")
            if "/CIDSet" in x.FontDescriptor: fail(f"font {name}: CIDSet present (check 7.21.4.2 by hand)")

print(f"{path}: {len(pdf.pages)} pages, {len(elements)} structure elements, {len(headings)} headings, "
      f"{pages_marked} pages with tagged content, {sum(len(list(p.obj.get('/Annots', []))) for p in pdf.pages)} link annotations")
for e in sorted(set(errors)): print("  FAIL", e)
print("  errors:", len(set(errors)))
sys.exit(1 if errors else 0)
