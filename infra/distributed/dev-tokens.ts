// Prints a dev token per role for the distributed platform (HS256 with PAR_JWT_SECRET, 8 h).
import { ROLES, type Role } from '@par/contracts';
import { signDevToken } from '@par/gateway';

/** Demo people, one per role; unit roles belong to so-tu-phap, the appraiser to so-noi-vu. */
const PEOPLE: Record<Role, { sub: string; unitId?: string }> = {
  PROVINCE_ADMIN: { sub: 'nguyen.thi.noivu', unitId: 'so-noi-vu' },
  UNIT_REPORTER: { sub: 'canbo.so-tu-phap', unitId: 'so-tu-phap' },
  UNIT_HEAD: { sub: 'giamdoc.so-tu-phap', unitId: 'so-tu-phap' },
  APPRAISER: { sub: 'tran.thi.thamdinh', unitId: 'so-noi-vu' },
  COUNCIL_MEMBER: { sub: 'hoang.thi.uyvien', unitId: 'van-phong-ubnd' },
  COUNCIL_CHAIR: { sub: 'pham.van.chutich', unitId: 'van-phong-ubnd' },
  NATIONAL_VIEWER: { sub: 'bo-noi-vu.viewer' },
};

async function main(): Promise<void> {
  const secret = process.env.PAR_JWT_SECRET;
  if (!secret) throw new Error('PAR_JWT_SECRET is not set');
  for (const role of ROLES) {
    const person = PEOPLE[role];
    console.log(`${role} (${person.sub}${person.unitId ? `, ${person.unitId}` : ''}):\n  ${await signDevToken({ ...person, role }, secret)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
