import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanEvidence } from '@readycheck/evidence';

const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-entities-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

// The shape of lujakob/nestjs-realworld-example-app (MIT): `@Entity('article') class ArticleEntity`
// in one file, `getRepository(ArticleEntity)` in the service. TypeORM reads table `article`; the
// snake_case of the class (`article_entity`) was taken for a table never created: a false FAIL.
const files = {
  'src/article/article.entity.ts': "import { Entity, PrimaryGeneratedColumn } from 'typeorm';\n@Entity('article')\nexport class ArticleEntity {\n  @PrimaryGeneratedColumn() id: number;\n}\n",
  'src/article/article.service.ts': "import { Injectable } from '@nestjs/common';\nimport { getRepository } from 'typeorm';\nimport { ArticleEntity } from './article.entity';\n@Injectable()\nexport class ArticleService {\n  async findAll() {\n    return getRepository(ArticleEntity).createQueryBuilder('article').getMany();\n  }\n}\n",
  'src/article/article.controller.ts': "import { Controller, Get } from '@nestjs/common';\nimport { ArticleService } from './article.service';\n@Controller('articles')\nexport class ArticleController {\n  constructor(private readonly articleService: ArticleService) {}\n  @Get()\n  async findAll() {\n    return this.articleService.findAll();\n  }\n}\n",
};

describe('TypeORM repositories read the table of their entity class', () => {
  it('resolves getRepository(ArticleEntity) to the @Entity(\'article\') table declared in another file', async () => {
    const { report } = await scanEvidence({ root: await tree(files), workers: 1 });
    const article = report.features.find((f) => f.name === 'article');
    expect(article?.evidence.tableRefs.map((t) => `${t.name} @ ${t.file}:${t.line}`)).toEqual(['article @ src/article/article.service.ts:7']);
    expect(article?.status).toBe('PASS');
    expect(report.migrationGaps.referencedNotCreated).toEqual([]);
  });

  it('falls back to the snake_case of a class no file declares as an entity (TypeORM\'s default name)', async () => {
    const { report } = await scanEvidence({ root: await tree({ ...files, 'src/article/article.entity.ts': "export class Other {}\n" }), workers: 1 });
    expect(report.migrationGaps.referencedNotCreated.map((t) => t.name)).toEqual(['article_entity']);
  });
});
