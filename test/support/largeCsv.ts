/** A large CSV upload, generated quickly: units, people, engagements and participants that form a valid import. */

export interface LargeCsv {
  files: Record<string, string>;
  bytes: number;
  rows: number;
}

export function largeCsvUpload(engagements: number, people = 2_000): LargeCsv {
  const units = 'id,name,type,kind,function,parentId\ndept,Department,department,business,,\n';
  const peopleRows = ['id,name,title,role,active,managerId'];
  for (let i = 0; i < people; i++) peopleRows.push(`lp-${i},Person ${i},,staff,true,`);
  const engagementRows = [
    'id,kind,at,durationMin,topic,negotiated,promisedBy,deliveredAt,outcome,sentiment,value',
  ];
  const participantRows = ['engagementId,personId,role'];
  for (let i = 0; i < engagements; i++) {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('.000', '');
    engagementRows.push(`le-${i},meeting,${at},30,Sync,false,,,agreed,0.5,`);
    participantRows.push(`le-${i},lp-${i % people},initiator`, `le-${i},lp-${(i + 1) % people},counterpart`);
  }
  const files = {
    'units.csv': units,
    'people.csv': `${peopleRows.join('\n')}\n`,
    'engagements.csv': `${engagementRows.join('\n')}\n`,
    'participants.csv': `${participantRows.join('\n')}\n`,
  };
  const bytes = Object.values(files).reduce((total, text) => total + Buffer.byteLength(text), 0);
  return { files, bytes, rows: 1 + people + engagements * 3 };
}
