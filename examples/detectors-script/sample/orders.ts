// A small module with the kinds of problems quality-scan is for.
export interface Order {
  id: string;
  total: number;
}

export async function loadOrder(db: { query(sql: string): Promise<unknown> }, id: string): Promise<Order> {
  const row = (await db.query(`SELECT * FROM orders WHERE id = '${id}'`)) as any;
  console.log('loaded', row.id);
  return row;
}

export function refundOrder(_order: Order): void {
  throw new Error('Not implemented');
}
