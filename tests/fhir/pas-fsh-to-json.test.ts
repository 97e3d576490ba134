import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convert } from '../../scripts/pas-fsh-to-json.ts'

/** A few lines in the guide's own FSH style: a profile, an extension, two instances. */
const FSH = `
Profile: PASClaim
Parent: Claim
Id: profile-claim
* item.extension contains CertificationType named certificationType 0..1 MS
* item.modifierExtension contains InfoCancelledFlag named infoCancelledFlag 0..1 MS

Extension: CertificationType
Id: extension-certificationType

Extension: InfoCancelledFlag
Id: extension-infoCancelledFlag

Instance: ExampleClaim
InstanceOf: PASClaim
* use = #preauthorization
* patient = Reference(ExamplePatient)
* item.sequence = 1
* item.careTeamSequence = 1
* item[1].sequence = 2
* item[1].modifierExtension[infoCancelledFlag].valueBoolean = true
* item[1].extension[certificationType].valueCodeableConcept = https://codesystem.x12.org/005010/1322#3 "Cancel"
* supportingInfo[AdmissionDates].timingPeriod.start = "2020-07-02"

Instance: ExamplePatient
InstanceOf: Patient
* name.family = "SMITH"

Instance: ExampleBundle
InstanceOf: Bundle
* identifier.value = "A1"
* entry[+].fullUrl = "http://example.org/fhir/Claim/ExampleClaim"
* entry[=].resource = ExampleClaim
`

describe('scripts/pas-fsh-to-json.ts', () => {
  it('turns FSH instances into FHIR JSON with extension URLs, slices and references', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fsh-'))
    writeFileSync(join(dir, 'Examples.fsh'), FSH)
    const { ExampleBundle: bundle } = convert(dir)
    expect(bundle).toMatchObject({ resourceType: 'Bundle', identifier: { value: 'A1' } })
    const claim = bundle?.entry as { resource: Record<string, unknown> }[]
    expect(claim[0]?.resource).toEqual({
      resourceType: 'Claim',
      id: 'ExampleClaim',
      meta: { profile: ['http://hl7.org/fhir/us/davinci-pas/StructureDefinition/profile-claim'] },
      use: 'preauthorization',
      patient: { reference: 'Patient/ExamplePatient' },
      item: [
        { sequence: 1, careTeamSequence: [1] },
        {
          sequence: 2,
          modifierExtension: [
            {
              url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-infoCancelledFlag',
              valueBoolean: true,
            },
          ],
          extension: [
            {
              url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-certificationType',
              valueCodeableConcept: {
                coding: [
                  {
                    system: 'https://codesystem.x12.org/005010/1322',
                    code: '3',
                    display: 'Cancel',
                  },
                ],
              },
            },
          ],
        },
      ],
      supportingInfo: [
        {
          category: {
            coding: [
              {
                system: 'http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASTempCodes',
                code: 'admissionDates',
              },
            ],
          },
          timingPeriod: { start: '2020-07-02' },
        },
      ],
    })
  })
})
