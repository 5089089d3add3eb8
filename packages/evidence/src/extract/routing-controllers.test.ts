import { describe, expect, it } from 'vitest';
import { extractSource } from '@readycheck/evidence';

const routes = (code: string) => extractSource(code, 'src/api/controllers/PetController.ts').facts.routes.map((r) => `${r.detail} ${r.name} @${r.line}`);

describe('extract/routing-controllers', () => {
  it('reads the methods of a @JsonController as routes under its prefix', () => {
    const code = [
      "import { Get, JsonController, Param, Post, Body, Delete } from 'routing-controllers';",
      "@JsonController('/pets')",
      'export class PetController {',
      '  constructor(private petService: PetService) {}',
      '  @Get()',
      '  public find() { return this.petService.find(); }',
      "  @Get('/:id')",
      "  public one(@Param('id') id: string) { return this.petService.findOne(id); }",
      '  @Post()',
      '  public create(@Body() body: unknown) { return this.petService.create(body); }',
      "  @Delete('/:id')",
      "  public remove(@Param('id') id: string) { return this.petService.delete(id); }",
      '  private helper() { return 1; }',
      '}',
    ].join('\n');
    expect(routes(code)).toEqual(['GET /pets @5', 'GET /pets/:id @7', 'POST /pets @9', 'DELETE /pets/:id @11']);
  });

  it('reads nothing from a class without @JsonController, or with a computed prefix', () => {
    expect(routes("export class PetService {\n  @Get('/x')\n  find() {}\n}")).toEqual([]);
    expect(routes("@JsonController(prefix)\nexport class C {\n  @Get('/x')\n  find() {}\n}")).toEqual([]);
  });
});
