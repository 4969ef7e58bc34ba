import type { RegisterExtract } from '@/domain/privacy/register-extract'
import { caseOfficerLine } from '@/domain/report-handling'
import { formatDateTime } from '@/domain/swedish-format'
import { symbolNode } from './county-identity'
import { documentColors } from './document-colors'
import { logoNode } from './logo-content'
import type { PdfContent, PdfDocumentDefinition, PdfNode } from './pdf-document'
import { heading, nothingNote, paragraph, reportDefinition, reportTable } from './report-layout'
import { makePdf } from './pdf-maker'

const { navy, grey } = documentColors

/** The registerutdrag's section headings, in print order. */
export const registerExtractSections = [
  '1 Uppgifter om dig',
  '2 Var uppgifterna finns',
  '3 Varför uppgifterna finns och hur länge de sparas',
  '4 Historik',
  '5 Dina rättigheter och vem du kontaktar'
] as const

const labelled = (label: string, text: string): PdfNode =>
  paragraph('', { text: [{ text: `${label}: `, bold: true }, text] })

function letterhead(x: RegisterExtract): PdfContent[] {
  const { identity, controller } = x
  return [
    identity.logo
      ? { ...logoNode(identity.logo, [180, 52]), alignment: 'left', margin: [0, 0, 0, 6] }
      : { text: controller.authority, fontSize: 13, bold: true, color: navy, margin: [0, 0, 0, 4] },
    ...(identity.symbol.kind === 'none'
      ? []
      : [{ ...symbolNode(identity.symbol, navy, 28, [0, 0, 0, 4]), alignment: 'left' as const }]),
    { text: identity.strategyTitle, color: grey, margin: [0, 0, 0, 24] },
    { text: 'Registerutdrag', fontSize: 24, bold: true, color: navy },
    {
      text: `Uppgifter om ${x.person.name} enligt artikel 15 i dataskyddsförordningen`,
      fontSize: 12,
      color: grey,
      margin: [0, 4, 0, 12]
    },
    { text: controller.placeAndDate, margin: [0, 0, 0, 14] },
    paragraph(
      `Du har begärt att få veta vilka personuppgifter ${controller.authority} behandlar om dig i sitt register över verksamheter anslutna till ${identity.strategyTitle}. Här är alla ställen där du förekommer i registret, vad som är sparat, varför och hur länge.`
    )
  ]
}

function appearances(x: RegisterExtract): PdfContent[] {
  return x.appearances.flatMap((a) => [
    heading(a.where, 2),
    reportTable(
      [
        { header: 'Uppgift', width: 110 },
        { header: 'Sparat', width: '*' }
      ],
      a.stored
    )
  ])
}

function purposes(x: RegisterExtract): PdfContent[] {
  return x.purposes.flatMap((p) => [
    heading(p.label, 2),
    labelled('Uppgifter', p.fields),
    labelled('Ändamål', p.purpose),
    labelled('Rättslig grund', p.legalBasis),
    labelled('Hur länge', p.retention)
  ])
}

function contact(x: RegisterExtract): PdfContent[] {
  const { controller } = x
  return [
    paragraph(
      'Du har rätt att få felaktiga uppgifter rättade, att begära att uppgifter raderas eller att behandlingen begränsas, och att invända mot behandlingen. Uppgifterna har lämnats av dig eller av den verksamhet du företräder. De lämnas inte till någon utanför länsstyrelsen annat än när offentlighetsprincipen kräver det, och förs inte över till länder utanför EU/EES.'
    ),
    paragraph(
      `Personuppgiftsansvarig är ${controller.authority}. Kontakta länsstyrelsen om du har frågor eller vill använda dina rättigheter; du kan också vända dig till länsstyrelsens dataskyddsombud. Är du missnöjd kan du klaga hos Integritetsskyddsmyndigheten (IMY).`
    ),
    ...(controller.caseOfficer ? [labelled('Handläggare', caseOfficerLine(controller.caseOfficer))] : []),
    paragraph('En maskinläsbar kopia av utdraget (JSON) lämnas på begäran.', { color: grey })
  ]
}

/** The registerutdrag as a pdfmake definition: a letter in the county's identity, no app name in text or metadata. */
export function registerExtractDocument(x: RegisterExtract): PdfDocumentDefinition {
  const [about, where, why, history, rights] = registerExtractSections
  const person = [
    ['Namn', x.person.name],
    ...x.person.emails.map((e) => ['E-post', e]),
    ...x.person.phones.map((p) => ['Telefon', p])
  ]
  const content: PdfContent[] = [
    ...letterhead(x),
    heading(about, 1),
    reportTable(
      [
        { header: 'Uppgift', width: 110 },
        { header: 'Sparat', width: '*' }
      ],
      person
    ),
    heading(where, 1),
    ...appearances(x),
    heading(why, 1),
    ...purposes(x),
    heading(history, 1),
    x.logEntries.length === 0
      ? nothingNote('Historiken nämner dig inte.')
      : reportTable(
          [
            { header: 'Tidpunkt', width: 80 },
            { header: 'Händelse', width: '*' }
          ],
          x.logEntries.map((e) => [formatDateTime(e.at), e.summary])
        ),
    heading(rights, 1),
    ...contact(x)
  ]
  return reportDefinition(
    content,
    {
      title: `Registerutdrag för ${x.person.name}`,
      countyName: x.controller.countyName,
      subject: 'Registerutdrag enligt artikel 15 i dataskyddsförordningen',
      keywords: 'registerutdrag, personuppgifter',
      logo: x.identity.logo,
      symbol: x.identity.symbol,
      caseNumber: ''
    },
    false
  )
}

/** The registerutdrag as a PDF file (small: made on the calling thread). */
export function registerExtractPdf(x: RegisterExtract): Promise<Uint8Array> {
  return makePdf(registerExtractDocument(x))
}
