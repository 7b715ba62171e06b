/**
 * Demo master data for the PoS V10 subset (lookups: pos-data.ts): merchants (by VAT), their stores and points of sale, in MobilePay's
 * formats (DOMAIN.md §5): GUID ids, merchantBrandId MPPOSXXXXX / POSDKXXXXX / POSFIXXXXX, 5-character
 * merchantLocationId, beaconId 15 digits (a physical beacon) or a GUID (QR only). Fixed ids, so tests, docs and a
 * support person can refer to them. Both flavors serve the same data.
 */
export interface DemoStore {
  storeId: string;
  storeName: string;
  storeStreet: string;
  storeZipCode: string;
  storeCity: string;
  brandName: string;
  merchantBrandId: string;
  merchantLocationId: string;
}

export interface DemoPointOfSale {
  posId: string;
  merchantPosId: string;
  storeId: string;
  name: string;
  beaconId: string;
  supportedBeaconTypes: readonly string[];
  requirePaymentBeforeCheckin: boolean;
}

export interface DemoMerchant {
  /** The merchant VAT the token claim or the X-MobilePay-Merchant-VAT-Number header names. */
  merchantVat: string;
  name: string;
  stores: readonly DemoStore[];
  pointsOfSale: readonly DemoPointOfSale[];
}

const store = (fields: DemoStore): DemoStore => Object.freeze({ ...fields });
const pos = (fields: DemoPointOfSale): DemoPointOfSale =>
  Object.freeze({ ...fields, supportedBeaconTypes: Object.freeze([...fields.supportedBeaconTypes]) });

const NORDLYS_NORREPORT = store({
  storeId: '5770c1f5-d21d-4518-8b7e-9a933d1e07f4',
  storeName: 'Nordlys Kaffe Nørreport',
  storeStreet: 'Frederiksborggade 12',
  storeZipCode: '1360',
  storeCity: 'København K',
  brandName: 'Nordlys Kaffe',
  merchantBrandId: 'POSDK27461',
  merchantLocationId: '00001',
});
const NORDLYS_AARHUS = store({
  storeId: '85bd8424-dd19-45be-970e-0f9438793cc7',
  storeName: 'Nordlys Kaffe Aarhus C',
  storeStreet: 'Søndergade 45',
  storeZipCode: '8000',
  storeCity: 'Aarhus C',
  brandName: 'Nordlys Kaffe',
  merchantBrandId: 'POSDK27461',
  merchantLocationId: '00002',
});
const NORDLYS_BAGERI = store({
  storeId: '6864d716-0aee-4833-8882-9148f0e3b2fd',
  storeName: 'Nordlys Bageri Frederiksberg',
  storeStreet: 'Gammel Kongevej 101',
  storeZipCode: '1850',
  storeCity: 'Frederiksberg C',
  brandName: 'Nordlys Bageri',
  merchantBrandId: 'MPPOS40218',
  merchantLocationId: 'FRB01',
});
const REVONTULI_HELSINKI = store({
  storeId: '24c970b6-ab62-4393-81ef-0b93b57ca072',
  storeName: 'Revontuli Kahvila Kamppi',
  storeStreet: 'Urho Kekkosen katu 1',
  storeZipCode: '00100',
  storeCity: 'Helsinki',
  brandName: 'Revontuli Kahvila',
  merchantBrandId: 'POSFI55102',
  merchantLocationId: 'HEL01',
});
const REVONTULI_TAMPERE = store({
  storeId: '4d3843de-3c8e-44fd-9372-f4b5b5c98416',
  storeName: 'Revontuli Kahvila Tampere',
  storeStreet: 'Hämeenkatu 7',
  storeZipCode: '33100',
  storeCity: 'Tampere',
  brandName: 'Revontuli Kahvila',
  merchantBrandId: 'POSFI55102',
  merchantLocationId: 'TRE01',
});
const DEMO_KIOSK = store({
  storeId: 'b6a7a5fd-193d-41c9-b868-1adeb6841ca5',
  storeName: 'Demo Kiosk Vesterbro',
  storeStreet: 'Istedgade 1',
  storeZipCode: '1650',
  storeCity: 'København V',
  brandName: 'Demo Kiosk',
  merchantBrandId: 'MPPOS12345',
  merchantLocationId: '12345',
});

export const DEMO_MERCHANTS: readonly DemoMerchant[] = Object.freeze([
  {
    merchantVat: 'DK13585628',
    name: 'Nordlys ApS (valid CVR)',
    stores: [NORDLYS_NORREPORT, NORDLYS_AARHUS, NORDLYS_BAGERI],
    pointsOfSale: [
      pos({
        posId: '077586ce-4262-48e6-b6d0-5b349f2eac9d',
        merchantPosId: 'NRP-KASSE-1',
        storeId: NORDLYS_NORREPORT.storeId,
        name: 'Kasse 1',
        beaconId: '100000000000001',
        supportedBeaconTypes: ['QR', 'NFC', 'BluetoothMP3'],
        requirePaymentBeforeCheckin: false,
      }),
      pos({
        posId: 'e142c96c-69bc-42c6-8e32-e433a4c386d5',
        merchantPosId: 'NRP-KASSE-2',
        storeId: NORDLYS_NORREPORT.storeId,
        name: 'Kasse 2',
        beaconId: '100000000000002',
        supportedBeaconTypes: ['QR', 'NFC'],
        requirePaymentBeforeCheckin: false,
      }),
      pos({
        posId: '5ffce9e5-bd15-454f-bdce-f91b1158eced',
        merchantPosId: 'AAR-QR-1',
        storeId: NORDLYS_AARHUS.storeId,
        name: 'Disk QR',
        beaconId: '9a6d3c54-9e0f-4a7e-8c0b-5b1f2a6e4d21',
        supportedBeaconTypes: ['QR'],
        requirePaymentBeforeCheckin: true,
      }),
      pos({
        posId: '0f1c3b9e-2a7d-4e58-9b61-7c2e5d8a4f30',
        merchantPosId: 'FRB-KASSE-1',
        storeId: NORDLYS_BAGERI.storeId,
        name: 'Bagerdisken',
        beaconId: '100000000000003',
        supportedBeaconTypes: ['QR', 'BluetoothOther'],
        requirePaymentBeforeCheckin: false,
      }),
    ],
  },
  {
    merchantVat: 'FI20774740',
    name: 'Revontuli Oy (valid Y-tunnus)',
    stores: [REVONTULI_HELSINKI, REVONTULI_TAMPERE],
    pointsOfSale: [
      pos({
        posId: '58e74d88-3cc2-4c53-a493-e365ce45e38f',
        merchantPosId: 'HEL-KASSA-1',
        storeId: REVONTULI_HELSINKI.storeId,
        name: 'Kassa 1',
        beaconId: '200000000000001',
        supportedBeaconTypes: ['QR', 'NFC', 'BluetoothMP4'],
        requirePaymentBeforeCheckin: false,
      }),
      pos({
        posId: '93fde1f3-5e13-4d8b-8e64-8f3843b99a34',
        merchantPosId: 'TRE-KASSA-1',
        storeId: REVONTULI_TAMPERE.storeId,
        name: 'Kassa 1',
        beaconId: '200000000000002',
        supportedBeaconTypes: ['QR'],
        requirePaymentBeforeCheckin: false,
      }),
    ],
  },
  {
    merchantVat: 'DK12345678',
    name: 'The documentation example merchant (fails the CVR checksum)',
    stores: [DEMO_KIOSK],
    pointsOfSale: [
      pos({
        posId: 'da5f58a9-5fbb-4b50-8fc0-0bd81787cc72',
        merchantPosId: 'KIOSK-1',
        storeId: DEMO_KIOSK.storeId,
        name: 'Kiosk',
        beaconId: '300000000000001',
        supportedBeaconTypes: ['QR', 'NFC'],
        requirePaymentBeforeCheckin: false,
      }),
      pos({
        posId: 'c3e2a1d4-7b6f-4e0a-9d85-2f1b6c9e8a73',
        merchantPosId: 'KIOSK-QR',
        storeId: DEMO_KIOSK.storeId,
        name: 'Kiosk QR',
        beaconId: '4e8b2f17-6c3a-4d95-a0e1-8f7d2b5c9a46',
        supportedBeaconTypes: ['QR'],
        requirePaymentBeforeCheckin: true,
      }),
    ],
  },
] satisfies DemoMerchant[]);
