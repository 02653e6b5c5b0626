// Generated import files for the browser tests and the bench harness: the
// same shapes as the Go import benchmarks (data/import_bench_test.go).

// genDealsCSV returns a valid deals CSV of about size bytes and how many
// deals it holds.
export function genDealsCSV(size) {
  let csv = 'id,counterparty,kind,status,direction,announced,value_usd,start_year,end_year,capacity_gw,confidence,source_url,source_publisher,source_date,source_supports\n';
  let deals = 0;
  for (let i = 0; csv.length < size; i++, deals++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    csv += `gen_deal_${i},Generated Cloud ${i},cloud_purchase,definitive,outflow,2026-01-${day},${1e9 + i},2026,2030,0.5,medium,https://example.com/deal/${i},Example News,2026-01-${day},a generated deal\n`;
  }
  return { csv, deals };
}
