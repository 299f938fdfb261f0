# JSON and XML syntax (exec'd by build_corpus.py)
case("json-valid-minimal-patient", {"resourceType": "Patient"}, "valid", rule="minimal resource; dom-6 is only a warning")
case("json-valid-patient-with-narrative", d(PAT, text=narrative(f'<div xmlns="{XHTML}"><p>A patient</p></div>'), active=True,
     gender="female", birthDate="1980-02-29"), "valid", rule="well-formed resource")
case("json-comment", '{\n  // a comment\n  "resourceType": "Patient",\n  "id": "p1"\n}', "invalid", rule="JSON comments are not JSON",
     conf="low", note="Java's JSON parser reads comments with an error in strict mode; some versions accept them with a warning")
case("json-duplicate-property", '{\n  "resourceType": "Patient",\n  "id": "p1",\n  "gender": "male",\n  "gender": "female"\n}', "invalid",
     msg="gender", rule="duplicate JSON property names are an error (DUPLICATE_JSON_PROPERTY)")
case("json-null-value", '{\n  "resourceType": "Patient",\n  "id": "p1",\n  "gender": null\n}',
     "invalid", rule="null is not allowed as a property value")
case("json-array-for-singleton", d(PAT, gender=["male"]), "invalid", expr="Patient", rule="a singleton element given as an array")
case("json-object-for-array", d(PAT, name={"family": "Smith"}), "invalid", expr="Patient", rule="a repeating element given as an object")
case("json-empty-array", d(PAT, name=[]), "invalid", rule="arrays must not be empty")
case("json-empty-object", d(PAT, maritalStatus={}), "invalid", expr="Patient.maritalStatus", rule="ele-1: an element must have a value or children")
case("json-empty-string", d(PAT, gender=""), "invalid", expr="Patient.gender", rule="primitive value must not be empty")
case("json-boolean-as-string", d(PAT, active="true"), "invalid", expr="Patient.active", rule="boolean must be a JSON boolean")
case("json-integer-as-string", d(PAT, multipleBirthInteger="2"), "invalid", expr="Patient.multipleBirthInteger", rule="integer must be a JSON number")
case("json-decimal-as-string", d(OBS, valueQuantity={"value": "72.5", "unit": "/min"}), "invalid", expr="Observation.valueQuantity.value",
     rule="decimal must be a JSON number")
case("json-string-as-number", d(PAT, name=[{"family": 123}]), "invalid", expr="Patient.name[0].family", rule="string must be a JSON string")
case("json-missing-resourcetype", {"id": "p1", "gender": "male"}, "invalid", rule="resourceType is required")
case("json-unknown-resourcetype", {"resourceType": "Patientx", "id": "p1"}, "invalid", rule="unknown resource type")
case("json-primitive-extension-only", d(PAT, _birthDate={"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "unknown"}]}),
     "valid", rule="_x carries id/extension for a primitive without a value")
case("json-primitive-extension-with-value", d(PAT, birthDate="1970-01-01", _birthDate={"id": "b1"}), "valid", rule="_x alongside the value")
case("json-primitive-array-aligned-nulls", d(PAT, name=[{"family": "Smith", "given": ["A", None], "_given": [None, {"extension": [
    {"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "unknown"}]}]}]), "valid",
     rule="repeating primitives: value and _value arrays aligned with nulls")
case("json-primitive-array-all-null", d(PAT, name=[{"family": "Smith", "given": [None], "_given": [{"extension": [
    {"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "unknown"}]}]}]), "valid",
     rule="repeating primitives: a value array of nulls aligned with a _value array of extensions", conf="low",
     note="FHIR JSON allows null in a primitive array where _x carries the element; the SDK's reader rejects an array with no non-null item")
case("json-primitive-extension-wrong-shape", d(PAT, birthDate="1970-01-01", _birthDate=[{"id": "b1"}]), "invalid",
     rule="_x of a singleton primitive must be an object")
case("json-primitive-extension-empty", d(PAT, birthDate="1970-01-01", _birthDate={}), "invalid", rule="_x must not be an empty object")
case("json-primitive-array-length-mismatch", d(PAT, name=[{"given": ["A", "B"], "_given": [None]}]), "invalid",
     rule="value and _value arrays must have the same length", conf="low",
     note="Java reports the array length mismatch; exact severity not verified")
case("json-not-an-object", '["Patient"]', "invalid", rule="a resource must be a JSON object")
case("json-truncated", '{\n  "resourceType": "Patient",\n  "id": "p1",\n', "invalid", rule="malformed JSON")
case("json-unknown-property", d(PAT, favouriteColour="blue"), "invalid", expr="Patient", msg="favouriteColour",
     rule="unrecognised property")
case("json-xml-style-value", d(PAT, gender={"value": "male"}), "invalid", expr="Patient", rule="a primitive given as an object")

# XML
XML_NS = 'xmlns="http://hl7.org/fhir"'
case("xml-valid-patient", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <active value="true"/>\n  <gender value="male"/>\n</Patient>', "valid",
     fmt="xml", rule="well-formed XML resource")
case("xml-comment-allowed", f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n<Patient {XML_NS}>\n  <!-- inside -->\n  <id value="p1"/>\n</Patient>',
     "valid", fmt="xml", rule="XML comments are allowed")
case("xml-missing-namespace", '<Patient>\n  <id value="p1"/>\n</Patient>', "invalid", fmt="xml", rule="root must be in the FHIR namespace")
case("xml-wrong-namespace", '<Patient xmlns="http://hl7.org/fhir/x">\n  <id value="p1"/>\n</Patient>', "invalid", fmt="xml",
     rule="root must be in the FHIR namespace")
case("xml-unknown-root", f'<Patientx {XML_NS}>\n  <id value="p1"/>\n</Patientx>', "invalid", fmt="xml", rule="unknown resource type")
case("xml-text-instead-of-value", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <gender>male</gender>\n</Patient>', "invalid", fmt="xml",
     rule="primitive values go in the value attribute; text content is not allowed")
case("xml-unknown-attribute", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <gender value="male" code="m"/>\n</Patient>', "invalid", fmt="xml",
     rule="undefined attribute")
case("xml-unknown-element", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <favouriteColour value="blue"/>\n</Patient>', "invalid", fmt="xml",
     msg="favouriteColour", rule="unrecognised element")
case("xml-empty-value", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <gender value=""/>\n</Patient>', "invalid", fmt="xml",
     expr="Patient.gender", rule="empty value attribute")
case("xml-element-order", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <gender value="male"/>\n  <active value="true"/>\n</Patient>', "invalid",
     fmt="xml", rule="XML elements must be in the order of the definition")
case("xml-repeated-singleton", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <gender value="male"/>\n  <gender value="female"/>\n</Patient>',
     "invalid", fmt="xml", expr="Patient.gender", rule="max cardinality 1 exceeded")
case("xml-doctype", f'<?xml version="1.0"?>\n<!DOCTYPE Patient [<!ENTITY x "y">]>\n<Patient {XML_NS}>\n  <id value="p1"/>\n</Patient>',
     "invalid", fmt="xml", rule="DTDs are not allowed in FHIR XML")
case("xml-malformed", f'<Patient {XML_NS}>\n  <id value="p1">\n</Patient>', "invalid", fmt="xml", rule="malformed XML")
case("xml-valid-observation-choice", f'''<Observation {XML_NS}>
  <id value="o1"/>
  <status value="final"/>
  <code>
    <coding>
      <system value="http://loinc.org"/>
      <code value="8867-4"/>
    </coding>
  </code>
  <subject>
    <reference value="Patient/p1"/>
  </subject>
  <valueQuantity>
    <value value="72"/>
    <unit value="beats/minute"/>
    <system value="http://unitsofmeasure.org"/>
    <code value="/min"/>
  </valueQuantity>
</Observation>''', "valid", fmt="xml", rule="choice element in XML")
case("xml-narrative-valid", f'''<Patient {XML_NS}>
  <id value="p1"/>
  <text>
    <status value="generated"/>
    <div xmlns="{XHTML}"><p>Patient <b>one</b></p></div>
  </text>
</Patient>''', "valid", fmt="xml", rule="XHTML narrative in XML")
case("xml-narrative-no-xhtml-namespace", f'''<Patient {XML_NS}>
  <id value="p1"/>
  <text>
    <status value="generated"/>
    <div><p>Patient one</p></div>
  </text>
</Patient>''', "invalid", fmt="xml", rule="div must be in the XHTML namespace")
case("xml-primitive-extension", f'''<Patient {XML_NS}>
  <id value="p1"/>
  <birthDate>
    <extension url="http://hl7.org/fhir/StructureDefinition/data-absent-reason">
      <valueCode value="unknown"/>
    </extension>
  </birthDate>
</Patient>''', "valid", fmt="xml", rule="primitive with extension and no value")
case("xml-contained-valid", f'''<Observation {XML_NS}>
  <id value="o1"/>
  <contained>
    <Patient>
      <id value="pat"/>
    </Patient>
  </contained>
  <status value="final"/>
  <code>
    <text value="Heart rate"/>
  </code>
  <subject>
    <reference value="#pat"/>
  </subject>
</Observation>''', "valid", fmt="xml", rule="contained resource in XML, referenced")
case("xml-bad-date", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <birthDate value="1970-1-1"/>\n</Patient>', "invalid", fmt="xml",
     expr="Patient.birthDate", rule="date format")
case("json-resourcetype-last", '{\n  "id": "p1",\n  "gender": "male",\n  "resourceType": "Patient"\n}', "valid",
     rule="JSON property order does not matter, resourceType included")
case("json-primitive-extension-id-only", d(PAT, _birthDate={"id": "b1"}), "invalid", expr="Patient.birthDate",
     rule="ele-1: a primitive with only an id has neither value nor extension")
case("json-id-as-number", d(PAT, id=1), "invalid", expr="Patient.id", rule="id must be a JSON string")
case("xml-datatype-element-order", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <name>\n    <given value="Jo"/>\n    <family value="Smith"/>\n  </name>\n</Patient>',
     "invalid", fmt="xml", rule="XML element order inside a datatype (family before given)")
case("xml-boolean-invalid", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <active value="yes"/>\n</Patient>', "invalid", fmt="xml",
     expr="Patient.active", rule="boolean is true or false")
case("xml-decimal-trailing-dot", f'<Observation {XML_NS}>\n  <id value="o1"/>\n  <status value="final"/>\n  <code>\n    <text value="x"/>\n  </code>\n  <valueQuantity>\n    <value value="925."/>\n  </valueQuantity>\n</Observation>',
     "invalid", fmt="xml", expr="Observation.valueQuantity.value", rule="decimal: '925.' is not a decimal")
case("json-string-whitespace-only", d(PAT, name=[{"text": "   "}]), "valid", rule="a whitespace-only string is a warning ('should not only be whitespace')")
def xobs(value_xml):
    return f'<Observation {XML_NS}>\n  <id value="o1"/>\n  <status value="final"/>\n  <code>\n    <text value="x"/>\n  </code>\n  {value_xml}\n</Observation>'
case("xml-decimal-leading-zeros", xobs('<valueQuantity>\n    <value value="00.1"/>\n  </valueQuantity>'), "invalid", fmt="xml",
     expr="Observation.valueQuantity.value", rule="decimal: no leading zeros ('00.1')", note="Java: 'The value '00.1' is not a valid decimal'")
_XPAT = f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <active value="true"/>\n</Patient>\n'
ENOTE = "fhir-test-cases xml_UTF8_*/xml_UTF16_* (Java: 'The XML encoding is invalid (must be UTF-8)')"
case("xml-utf8-bom", b"\xef\xbb\xbf" + _XPAT.encode("utf-8"), "valid", fmt="xml", rule="UTF-8 with a byte order mark", note=ENOTE)
case("xml-utf8-header", ('<?xml version="1.0" encoding="UTF-8"?>\n' + _XPAT).encode("utf-8"), "valid", fmt="xml",
     rule="UTF-8 declared in the XML header", note=ENOTE)
case("xml-utf16-bom", b"\xff\xfe" + _XPAT.encode("utf-16-le"), "invalid", fmt="xml", rule="FHIR XML must be UTF-8 (UTF-16 with a BOM)", note=ENOTE)
case("xml-header-latin1", ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + _XPAT).encode("latin-1"), "invalid", fmt="xml",
     rule="FHIR XML must be UTF-8 (ISO-8859-1 declared)", note=ENOTE)
case("xml-integer-leading-zero", xobs('<valueInteger value="07"/>'), "invalid", fmt="xml", expr="Observation.valueInteger",
     rule="integer: no leading zeros ('07')")
case("xml-decimal-leading-plus", xobs('<valueQuantity>\n    <value value="+1.5"/>\n  </valueQuantity>'), "invalid", fmt="xml",
     expr="Observation.valueQuantity.value", rule="decimal: no leading '+'")
case("xml-decimal-leading-dot", xobs('<valueQuantity>\n    <value value=".5"/>\n  </valueQuantity>'), "invalid", fmt="xml",
     expr="Observation.valueQuantity.value", rule="decimal: a digit before the point ('.5')")
case("xml-decimal-exponent", xobs('<valueQuantity>\n    <value value="1.5e3"/>\n  </valueQuantity>'), "valid", fmt="xml",
     rule="decimal: an exponent is allowed by the R4 regex")
case("xml-decimal-zero-point", xobs('<valueQuantity>\n    <value value="0.50"/>\n  </valueQuantity>'), "valid", fmt="xml",
     rule="decimal: '0.50' keeps its precision and is valid")
case("xml-positiveint-leading-zero", f'<Patient {XML_NS}>\n  <id value="p1"/>\n  <multipleBirthInteger value="01"/>\n</Patient>', "invalid",
     fmt="xml", expr="Patient.multipleBirthInteger", rule="integer in a choice element: no leading zeros")
case("xml-integer-exponent", xobs('<valueInteger value="1e4"/>'), "invalid", fmt="xml", expr="Observation.valueInteger",
     rule="integer: no exponent", note="Java: 'The value '1e4' is not a valid integer'")
case("xml-boolean-capitalised", xobs('<valueBoolean value="True"/>'), "invalid", fmt="xml", expr="Observation.valueBoolean",
     rule="boolean is lower case true/false", note="Java: 'boolean values must be 'true' or 'false''")
